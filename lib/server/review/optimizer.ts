import "server-only";
import { fork } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import { default_w, migrateParameters } from "ts-fsrs";
import { splitFsrsItemsByTime, withoutCardsReviewedBefore, type ItemReview } from "@/lib/domain/review/fsrs-items";
import { studyDayNumber } from "@/lib/domain/review/study-day";
import { isThrottled, optimizeKey, optimizeThrottle, retryAt, waitInWords } from "@/lib/domain/throttle";
import { weightsSchema } from "@/lib/schemas/review";
import { stateName } from "@/lib/server/data/cards";
import { countReviews, listReviewHistory } from "@/lib/server/data/review-logs";
import { getReviewSettings, saveWeights } from "@/lib/server/data/review-settings";
import { listRecentFailures, saveFailure } from "@/lib/server/data/sign-in-failures";
import { loadFsrsBinding } from "./fsrs-binding";
import { planReschedule } from "./reschedule";

// "Optimize my parameters": fit FSRS parameters to the learner's earlier reviews with the fsrs-rs
// optimizer, and compare them with the current ones by log loss and RMSE(bins) on the latest 20% of
// reviews, which the fit never saw (a time-series split; lower is better). In-sample log loss
// flatters the fitted set and pointed the wrong way on small histories. Nothing is saved here: the
// learner applies the new set on confirmation, and only a set that wins on held-out data.
// The native calls run in a child process (optimizer-worker.mjs): a panic in fsrs-rs aborts the
// process it runs in, and the known precondition (filtered in buildFsrsItems) may not be the only one.

// Anki's optimizer works from about 400 reviews (its manual: "a few hundred"); fsrs-rs itself
// returns the defaults under 8 training items and fits only the first-review stabilities (w0-w3)
// under 64, so fewer reviews would be fitted poorly or not at all.
export const MIN_REVIEWS_TO_OPTIMIZE = 400;
// The latest share of reviews held out to judge the fit.
export const HELD_OUT_SHARE = 0.2;
// Enforced here by killing the child: the binding's own `timeout` option sometimes leaves
// computeParameters hanging for good (observed with 0.5.0), so it is not passed.
const TIMEOUT_MS = 120_000;

export type ParameterSet = { weights: number[]; logLoss: number; rmseBins: number };
export type OptimizeOutcome =
  | { status: "unavailable"; message: string }
  | { status: "busy" | "throttled"; message: string }
  | { status: "not-enough"; reviews: number; needed: number }
  | { status: "failed"; message: string }
  | {
      status: "ok";
      reviews: number;
      // Training items (earlier reviews) and the held-out items both sets are judged on.
      items: number;
      heldOutItems: number;
      current: ParameterSet & { isDefault: boolean };
      fitted: ParameterSet;
      // The fitted set has the lower log loss on the held-out reviews.
      improved: boolean;
      // Present only when improved: the server's signature on this fit, which applying requires.
      approval: string | null;
    };

// Runs in progress on this instance: one per learner at a time (across instances the throttle,
// counted in the database, bounds them).
const running = new Set<string>();

// Fits parameters to the learner's history and evaluates old and new on it; one run at a time per
// learner, at most optimizeThrottle.limit runs in its window.
export async function optimizeParameters(userId: string, now = new Date()): Promise<OptimizeOutcome> {
  // Claimed before the first await, so a second click cannot slip in between.
  if (running.has(userId)) return { status: "busy", message: "An optimization is already running for you. Wait for its result." };
  running.add(userId);
  try {
    const key = optimizeKey(userId);
    const runs = await listRecentFailures([key], now, optimizeThrottle);
    if (isThrottled(runs, optimizeThrottle)) return { status: "throttled", message: `You have optimized ${optimizeThrottle.limit} times recently. Try again in ${waitInWords(retryAt(runs, optimizeThrottle) ?? now, now)}.` };
    await saveFailure([key], now);
    return await fitAndEvaluate(userId, now);
  } finally {
    running.delete(userId);
  }
}

// Whether the optimizer can run on this server, and if not, why.
export function optimizerAvailability(): { available: boolean; reason: string | null } {
  const status = loadFsrsBinding();
  return status.available ? { available: true, reason: null } : { available: false, reason: status.reason };
}

async function fitAndEvaluate(userId: string, now: Date): Promise<OptimizeOutcome> {
  const loaded = loadFsrsBinding();
  if (!loaded.available) return { status: "unavailable", message: `The optimizer is not available on this server (${loaded.reason}).` };
  const reviews = await countReviews(userId);
  if (reviews < MIN_REVIEWS_TO_OPTIMIZE) return { status: "not-enough", reviews, needed: MIN_REVIEWS_TO_OPTIMIZE };

  const [{ settings }, history] = await Promise.all([getReviewSettings(userId), listReviewHistory(userId)]);
  // A time-series split: fitted on the earlier reviews, both sets judged on the latest ones.
  const { train: items, heldOut } = splitFsrsItemsByTime(
    withoutCardsReviewedBefore(history, settings.ignoreReviewsBefore).map((h) => ({ ...h, stateBefore: stateName(h.stateBefore) })),
    (instant) => studyDayNumber(instant, settings.timeZone, settings.dayStartsAtHour),
    HELD_OUT_SHARE,
  );
  if (heldOut.length === 0) return { status: "not-enough", reviews, needed: MIN_REVIEWS_TO_OPTIMIZE };
  const currentWeights = settings.weights ? [...migrateParameters(settings.weights)] : [...default_w];
  const reply = await runWorker({ items, evaluate: heldOut, currentWeights, options: { enableShortTerm: true, numRelearningSteps: settings.relearningSteps.length } });
  if (!reply.ok) return { status: "failed", message: `The optimizer stopped: ${reply.message}. Your parameters were left unchanged.` };
  const checked = weightsSchema.safeParse(reply.fitted);
  if (!checked.success) return { status: "failed", message: "The optimizer returned parameters FSRS cannot use; your parameters were left unchanged." };
  const improved = reply.fittedEvaluation.logLoss < reply.current.logLoss;
  return {
    status: "ok",
    reviews,
    items: items.length,
    heldOutItems: heldOut.length,
    current: { weights: currentWeights, logLoss: reply.current.logLoss, rmseBins: reply.current.rmseBins, isDefault: !settings.weights },
    fitted: { weights: checked.data, logLoss: reply.fittedEvaluation.logLoss, rmseBins: reply.fittedEvaluation.rmseBins },
    improved,
    approval: improved ? approveWeights(userId, checked.data, now) : null,
  };
}

// How long a winning fit may be applied after it was computed.
const APPROVAL_MS = 60 * 60 * 1000;

function signature(payload: string): string {
  const secret = process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return crypto.createHmac("sha256", secret).update(payload).digest("base64url");
}

// The server's word that these weights won on the learner's held-out reviews at `now`: the apply
// step accepts fitted weights only with it, so a request cannot install parameters that lost (or
// that no run produced).
export function approveWeights(userId: string, weights: readonly number[], now: Date): string {
  const issued = String(now.getTime());
  return `${issued}.${signature(`${userId}:${issued}:${JSON.stringify(weights)}`)}`;
}

// Whether `approval` is this server's, for this learner and exactly these weights, and recent.
export function isApproved(userId: string, weights: readonly number[], approval: string, now: Date): boolean {
  const [issued, mac] = approval.split(".");
  if (!issued || !mac || !/^\d+$/.test(issued)) return false;
  const age = now.getTime() - Number(issued);
  if (age < 0 || age > APPROVAL_MS) return false;
  const expected = Buffer.from(signature(`${userId}:${issued}:${JSON.stringify(weights)}`));
  const given = Buffer.from(mac);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

type Evaluation = { logLoss: number; rmseBins: number };
export type WorkerJob = { items: ItemReview[][]; evaluate: ItemReview[][]; currentWeights: number[]; options: { enableShortTerm: boolean; numRelearningSteps: number } };
export type WorkerReply = { ok: true; fitted: number[]; current: Evaluation; fittedEvaluation: Evaluation } | { ok: false; message: string };

// The worker's path, from the app's root (`next start` and the tests both run there). Built at run
// time on purpose: the bundler would otherwise try to bundle the script as a module, which it is not.
function workerScript(): string {
  return [process.cwd(), "lib", "server", "review", "optimizer-worker.mjs"].join(path.sep);
}

// Runs one job in a fresh child process; a crash or a hang becomes an error reply, never the server's.
export function runWorker(job: WorkerJob): Promise<WorkerReply> {
  const script = workerScript();
  return new Promise((resolve) => {
    let settled = false;
    let stderr = "";
    const finish = (reply: WorkerReply) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(reply);
    };
    // A plain node: the parent's flags (test runners, inspectors) are not for the worker.
    const child = fork(script, [], { stdio: ["ignore", "ignore", "pipe", "ipc"], execArgv: [] });
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      finish({ ok: false, message: "it took too long" });
    }, TIMEOUT_MS);
    child.on("message", (message: WorkerReply | { ready: true }) => {
      if ("ready" in message) child.send(job);
      else finish(message);
    });
    child.on("error", (error) => finish({ ok: false, message: error.message }));
    // "close" comes after the IPC channel has delivered every message, unlike "exit".
    child.on("close", (code, signal) => {
      const panic = /panicked at [^\n]*\n([^\n]+)/.exec(stderr)?.[1];
      finish({ ok: false, message: `it crashed (${signal ?? `exit code ${code}`})${panic ? `: ${panic}` : ""}` });
    });
  });
}

// Stores parameters the learner confirmed (validated: 17, 19 or 21 finite numbers FSRS accepts),
// or null to go back to the FSRS defaults; with "Reschedule cards on change" (the default) the
// review cards are rescheduled in the same transaction. Returns how many were rescheduled.
export async function applyParameters(userId: string, weights: readonly number[] | null, now: Date): Promise<number> {
  const checked = weights === null ? null : weightsSchema.parse(weights);
  const { settings } = await getReviewSettings(userId);
  const next = { ...settings, weights: checked ?? undefined };
  const rescheduled = settings.rescheduleOnChange ? await planReschedule(userId, next, now) : [];
  return saveWeights(userId, checked, rescheduled, now);
}
