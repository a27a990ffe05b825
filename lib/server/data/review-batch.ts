import "server-only";
import crypto from "node:crypto";
import { needsMerge, planReviews, type IncomingReview, type MergePlan, type MergeStep } from "@/lib/domain/review/merge";
import { gradeReadsDueCounts, movedDue, shapesGrades, type Workload } from "@/lib/domain/review/shaping";
import type { TargetDate } from "@/lib/domain/review/targets";
import { checkCardVersion } from "@/lib/domain/review/version";
import type { ScheduleParams } from "@/lib/schemas/review";
import { db } from "@/lib/server/db";
import { getCardHistories, getLatestEntryTimes, type CardHistory } from "./card-history";
import { getDueCounts } from "./due-counts";
import { cardSelect, stateColumns, toSnapshot, writeUnseenCards, type CardRow } from "./cards";
import { afterColumns, logSelect, type LogRow } from "./review-logs";
import { insertReviewLogs, rewriteReviewLogs, stateRow, updateCardStates, type CardStateRow, type NewLogRow, type RewrittenLogRow } from "./review-writes";
import { isUniqueViolation } from "./unique-violation";

// Saving grades, one or a batch (the single-review route and the offline outbox alike): each
// review once per reviewId, every card's reviews applied in review-time order from the state the
// server holds (a late one merged into the card's history, lib/domain/review/merge.ts), all in one
// transaction.

// One review to save; expectedVersion (the single-review API) refuses a card changed since it was shown.
export type ReviewToSave = IncomingReview & { cardId: string; expectedVersion?: number };

export type SavedReview =
  | { status: "saved" | "replayed"; log: LogRow }
  | { status: "not-found" }
  | { status: "reused-id" }
  | { status: "refused"; reason: "stale" | "suspended" | "retired" };

// The outcome of each review (in the order sent) and every named card as it now is. When a named card
// is not the learner's, every review is "not-found" and nothing is saved.
export type SaveReviewsResult = { results: SavedReview[]; cards: Map<string, CardRow> };

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

// The card changed between the transaction's read and its write (a concurrent request): start again.
class CardChanged extends Error {}
// A named card is not the learner's, after the transaction wrote other first-reviewed cards.
class NotTheirs extends Error {}
// The first try of a single review skipped looking its reviewId up, and did not save: look it up.
class LookUp extends Error {}
// A review names a card the queue showed but nobody held: prepare (feed quiz mistakes) first.
class Unwritten extends Error {}
// Another request saved one of the reviewIds after this transaction looked (the unique key's P2002).
class ReviewIdTaken extends Error {
  readonly code = "P2002";
}
const notFound = (reviews: readonly ReviewToSave[]): SaveReviewsResult => ({ results: reviews.map(() => ({ status: "not-found" })), cards: new Map() });


// Saves the reviews in one transaction. A reviewId already stored is answered with its first log
// (for the same card; another card is a client error); a request racing this one (same reviewId,
// same card) makes the transaction start again, where it finds the winner's work. Reviews made at
// `now` are never late, so they skip the check for later entries.
// `targetDates` gives a flashcard's study-target dates (none by default): grades appended now are
// capped toward them. `shaping`: the learner's load balancing and easy days (none by default); the
// due counts they read are taken inside the transaction. `beforeFirstReview` runs once, outside
// the transaction, before the rows of cards the queue showed but the learner did not hold yet are
// written (the quiz feed writes its own).
// A single review first tries without looking its reviewId up (one query fewer on the common path):
// a repeat fails on the unique key, and anything but "saved" is tried again with the look-up.
export async function saveReviews(
  userId: string,
  reviews: readonly ReviewToSave[],
  params: ScheduleParams,
  now: Date,
  targetDates: (flashcardId: string) => readonly TargetDate[] = () => [],
  shaping: Omit<Workload, "dueCounts"> | null = null,
  beforeFirstReview?: () => Promise<void>,
): Promise<SaveReviewsResult> {
  let optimistic = reviews.length === 1;
  let prepare = beforeFirstReview;
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction((tx) => applyReviews(tx, userId, reviews, params, now, targetDates, shaping, { optimistic, prepare: prepare !== undefined }));
    } catch (error) {
      if (error instanceof NotTheirs) return notFound(reviews);
      if (error instanceof Unwritten && prepare) {
        await prepare();
        prepare = undefined;
        attempt--;
        continue;
      }
      if (optimistic && (error instanceof LookUp || isUniqueViolation(error))) {
        optimistic = false;
        attempt--;
        continue;
      }
      if (attempt >= 4 || !(error instanceof CardChanged || isUniqueViolation(error))) throw error;
    }
  }
}

async function applyReviews(
  tx: Tx,
  userId: string,
  reviews: readonly ReviewToSave[],
  params: ScheduleParams,
  now: Date,
  targetDates: (flashcardId: string) => readonly TargetDate[],
  shaping: Omit<Workload, "dueCounts"> | null,
  mode: { optimistic: boolean; prepare: boolean },
): Promise<SaveReviewsResult> {
  const stored = mode.optimistic ? [] : await tx.reviewLog.findMany({ where: { userId, reviewId: { in: reviews.map((r) => r.reviewId) } }, select: logSelect });
  const logs = new Map(stored.map((log) => [log.reviewId, log]));
  const named = [...new Set(reviews.map((r) => r.cardId))];
  const rows = await tx.card.findMany({ where: { userId, id: { in: named } }, select: cardSelect });
  const cards = new Map(rows.map((row) => [row.id, row]));
  // A new card the queue showed has no row until its first review: written here, in this transaction.
  const unwritten = named.filter((id) => !cards.has(id));
  if (unwritten.length > 0) {
    if (mode.prepare) throw new Unwritten();
    const firstSeen = (cardId: string) => new Date(Math.min(...reviews.filter((r) => r.cardId === cardId).map((r) => r.reviewedAt.getTime())));
    for (const row of await writeUnseenCards(tx, userId, unwritten, firstSeen)) cards.set(row.id, row);
  }
  // A card that is not the learner's refuses the whole batch: nothing is written.
  if (reviews.some((r) => !cards.has(r.cardId))) {
    if (unwritten.length > 0) throw new NotTheirs(); // rolls back the rows just written
    return notFound(reviews);
  }
  const fresh = reviews.filter((r) => !logs.has(r.reviewId));
  const retired = fresh.length === 0 ? [] : await tx.flashcard.findMany({ where: { id: { in: fresh.map((r) => cards.get(r.cardId)!.flashcardId) }, retiredAt: { not: null } }, select: { id: true } });
  const retiredIds = new Set(retired.map((f) => f.id));

  const results = new Map<string, SavedReview>();
  const accepted = new Map<string, ReviewToSave[]>();
  for (const review of reviews) {
    const log = logs.get(review.reviewId);
    const card = cards.get(review.cardId)!;
    if (log) results.set(review.reviewId, log.cardId === review.cardId ? { status: "replayed", log } : { status: "reused-id" });
    else if (retiredIds.has(card.flashcardId)) results.set(review.reviewId, { status: "refused", reason: "retired" });
    else if (card.suspended) results.set(review.reviewId, { status: "refused", reason: "suspended" });
    else if (checkCardVersion(review.expectedVersion, card.version).status === "stale") results.set(review.reviewId, { status: "refused", reason: "stale" });
    else accepted.set(card.id, [...(accepted.get(card.id) ?? []), review]);
  }

  const late = [...accepted].filter(([, list]) => list.some((r) => r.reviewedAt < now)).map(([cardId, list]) => ({ cardId, earliest: Math.min(...list.map((r) => r.reviewedAt.getTime())) }));
  // A card needs a merge when an entry is later than its earliest review here: its latest entry tells.
  const latest = late.length === 0 ? new Map<string, Date>() : await getLatestEntryTimes(tx, userId, late.map((l) => l.cardId));
  const latestAt = new Map(late.flatMap((l) => { const at = latest.get(l.cardId); return at && at.getTime() > l.earliest ? [[l.cardId, at] as const] : []; }));
  const merging = [...accepted].filter(([cardId, list]) => needsMerge(list, latestAt.get(cardId) ?? null)).map(([cardId]) => cardId);
  const histories = merging.length === 0 ? new Map<string, CardHistory>() : await getCardHistories(tx, userId, merging);

  const workload = accepted.size > 0 && shapesGrades(shaping && { ...shaping, dueCounts: {} }) && readsDueCounts(accepted, merging, cards, params, targetDates) ? { ...shaping!, dueCounts: await getDueCounts(userId, params, now, tx) } : null;
  const plans = planInTimeOrder(accepted, merging, histories, cards, params, targetDates, workload);

  // The writes, each one statement whatever the batch's size: the cards (guarded by the version
  // read), the merged histories' rewritten entries, then the new entries.
  const newLogs: NewLogRow[] = [];
  const rewrittenLogs: RewrittenLogRow[] = [];
  const states: CardStateRow[] = [];
  for (const [cardId, plan] of plans) {
    const row = cards.get(cardId)!;
    const list = accepted.get(cardId)!;
    const { card: after, version } = plan;
    states.push(stateRow(cardId, row.version, after, version));
    cards.set(cardId, { ...row, ...stateColumns(after), suspended: after.suspended, leech: after.leech, buriedUntil: after.buriedUntil, version });
    for (const step of plan.steps) {
      if (step.source === "stored") {
        rewrittenLogs.push({ id: step.id, ...stepColumns(step, params, false), versionAfter: step.versionAfter });
        continue;
      }
      const data = { id: crypto.randomUUID(), ...logData(userId, cardId, step) };
      newLogs.push(data);
      const review = list.find((r) => r.reviewId === step.review.reviewId)!;
      results.set(review.reviewId, { status: "saved", log: data });
    }
  }
  if ((await updateCardStates(tx, userId, states)) !== states.length) throw new CardChanged();
  if ((await rewriteReviewLogs(tx, userId, rewrittenLogs)) !== rewrittenLogs.length) throw new CardChanged();
  // A reviewId taken meanwhile (a request racing this one): start again, as for a unique violation.
  if ((await insertReviewLogs(tx, newLogs)) !== newLogs.length) throw new ReviewIdTaken();
  // Unsure without the look-up: a refusal may be a repeat of a saved review (answered "replayed").
  if (mode.optimistic && reviews.some((r) => results.get(r.reviewId)?.status !== "saved")) throw new LookUp();
  return { results: reviews.map((r) => results.get(r.reviewId)!), cards };
}

// Whether planning may read the due counts: always for several reviews or a merge (each grade moves
// the counts the next one reads); for one review appended to its card, only when that grade is balanced.
function readsDueCounts(
  accepted: ReadonlyMap<string, ReviewToSave[]>,
  merging: readonly string[],
  cards: ReadonlyMap<string, CardRow>,
  params: ScheduleParams,
  targetDates: (flashcardId: string) => readonly TargetDate[],
): boolean {
  const lists = [...accepted.values()];
  if (lists.length !== 1 || lists[0]!.length !== 1 || merging.length > 0) return true;
  const review = lists[0]![0]!;
  const row = cards.get(review.cardId)!;
  return gradeReadsDueCounts(params, toSnapshot(row), review.rating, review.reviewedAt, review.cardId, targetDates(row.flashcardId));
}

// Each card's plan. Load balancing reads the due counts as each review left them, so reviews are
// graded in review-time order across cards, as the browser graded them (a card merged into its
// history is planned first, at once). Without shaping the order changes nothing.
function planInTimeOrder(
  accepted: ReadonlyMap<string, ReviewToSave[]>,
  merging: readonly string[],
  histories: ReadonlyMap<string, CardHistory>,
  cards: ReadonlyMap<string, CardRow>,
  params: ScheduleParams,
  targetDates: (flashcardId: string) => readonly TargetDate[],
  workload: Workload | null,
): Map<string, MergePlan> {
  const plans = new Map<string, MergePlan>();
  let shaping = workload;
  const plan = (cardId: string, reviews: readonly ReviewToSave[], merge: boolean) => {
    const row = cards.get(cardId)!;
    const previous = plans.get(cardId);
    const current = previous?.card ?? toSnapshot(row);
    const next = planReviews({ cardId, current, version: previous?.version ?? row.version, history: merge ? (histories.get(cardId) ?? null) : null, reviews, params, targets: targetDates(row.flashcardId), workload: shaping });
    if (shaping) shaping = { ...shaping, dueCounts: movedDue(shaping.dueCounts, current, next.card, params) };
    plans.set(cardId, previous ? { ...next, steps: [...previous.steps, ...next.steps] } : next);
  };
  for (const cardId of merging) plan(cardId, accepted.get(cardId)!, true);
  const appended = [...accepted].filter(([cardId]) => !merging.includes(cardId)).flatMap(([, list]) => list);
  appended.sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
  for (const review of appended) plan(review.cardId, [review], false);
  return plans;
}

// A rewritten entry keeps its settings (stored ones were graded with theirs); a new one records these.
function stepColumns(step: MergeStep, params: ScheduleParams, withSettings: boolean) {
  const { settings, ...after } = afterColumns(step.after, params);
  return {
    kind: step.kind,
    stateBefore: step.before.state,
    stabilityBefore: step.before.stability,
    difficultyBefore: step.before.difficulty,
    cardBefore: JSON.stringify(step.before),
    ...after,
    ...(withSettings ? { settings } : {}),
  };
}

// A new entry records the settings that graded it (a target's cap included), so a replay rebuilds it.
function logData(userId: string, cardId: string, step: MergeStep & { source: "new" }) {
  const { reviewId, rating, durationMs, reviewedAt } = step.review;
  return { ...stepColumns(step, step.params, true), reviewId, userId, cardId, rating, durationMs, reviewedAt, versionAfter: step.versionAfter };
}
