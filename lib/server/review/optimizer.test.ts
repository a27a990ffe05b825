import { beforeAll, describe, expect, it } from "vitest";
import { fsrs } from "ts-fsrs";
import { seed } from "@/lib/db/seed";
import { newCardState, toFsrsCard, type CardState } from "@/lib/domain/review/card-state";
import { applyReview, type ReviewRating } from "@/lib/domain/review/schedule";
import { DEFAULT_REVIEW_SETTINGS } from "@/lib/domain/review/settings";
import { db } from "@/lib/server/db";
import { getReviewSettings } from "@/lib/server/data/review-settings";
import { applyParameters, MIN_REVIEWS_TO_OPTIMIZE, optimizeParameters, optimizerAvailability, runWorker } from "./optimizer";
import { makeLearner } from "@/tests/support/review";

// The optimizer on a synthetic history: a learner who forgets faster than FSRS's defaults predict
// (recall probability R² instead of R), reviewing each card when it is due.

// A small deterministic RNG, so the history (and the test) is the same on every run.
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function seedHistory(userId: string, cards: number, reviewsPerCard: number): Promise<number> {
  const flashcards = await db.flashcard.findMany({ where: { retiredAt: null }, orderBy: { position: "asc" }, take: cards });
  const scheduler = fsrs({ enable_fuzz: false });
  const random = rng(42);
  const logs = [];
  for (const [i, f] of flashcards.entries()) {
    const start = new Date(Date.UTC(2025, 0, 1, 9) + i * 3_600_000);
    let state: CardState = newCardState(start);
    const row = await db.card.create({ data: { userId, flashcardId: f.id, sectionId: f.sectionId, position: f.position, ...state, introducedAt: start } });
    let now = start;
    for (let r = 0; r < reviewsPerCard; r++) {
      const recall = state.state === "new" ? 1 : scheduler.get_retrievability(toFsrsCard(state), now, false) ** 2;
      const rating: ReviewRating = random() < recall ? (random() < 0.15 ? 2 : 3) : 1;
      const { card, log } = applyReview(DEFAULT_REVIEW_SETTINGS, state, rating, now, 3000, row.id);
      logs.push({
        reviewId: crypto.randomUUID(),
        userId,
        cardId: row.id,
        rating,
        stateBefore: log.stateBefore,
        stateAfter: log.stateAfter,
        stabilityBefore: log.stabilityBefore,
        stabilityAfter: log.stabilityAfter,
        difficultyBefore: log.difficultyBefore,
        difficultyAfter: log.difficultyAfter,
        elapsedDays: log.elapsedDays,
        scheduledDays: log.scheduledDays,
        durationMs: 3000,
        reviewedAt: now,
        cardBefore: JSON.stringify({ ...log.cardBefore, suspended: false, leech: false, buriedUntil: null }),
        versionAfter: r + 1,
      });
      state = card;
      now = card.due;
    }
  }
  await db.reviewLog.createMany({ data: logs });
  return logs.length;
}

beforeAll(async () => {
  await seed(db, { demoAccounts: false });
});

describe("optimizeParameters", () => {
  it("is available on this platform", () => {
    expect(optimizerAvailability()).toEqual({ available: true, reason: null });
  });

  it("needs at least 400 reviews", async () => {
    const me = await makeLearner();
    await seedHistory(me.id, 20, 10);
    expect(await optimizeParameters(me.id)).toEqual({ status: "not-enough", reviews: 200, needed: MIN_REVIEWS_TO_OPTIMIZE });
  });

  it("fits 21 parameters that explain the learner's history better than the defaults, applied only on confirmation", async () => {
    const me = await makeLearner();
    const reviews = await seedHistory(me.id, 60, 8);
    expect(reviews).toBe(480);
    const outcome = await optimizeParameters(me.id);
    if (outcome.status !== "ok") throw new Error(`expected ok, got ${JSON.stringify(outcome)}`);
    expect(outcome.reviews).toBe(480);
    // One item per review after the first day of each card (same-day steps make no item): those
    // ending in the latest 20% of reviews are held out to judge the fit, the others train.
    expect(outcome.items).toBeGreaterThan(150);
    expect(outcome.heldOutItems).toBeGreaterThan(30);
    expect(outcome.items + outcome.heldOutItems).toBeLessThan(420);
    expect(outcome.current.isDefault).toBe(true);
    expect(outcome.fitted.weights).toHaveLength(21);
    expect(outcome.fitted.weights).not.toEqual(outcome.current.weights);
    expect(outcome.fitted.logLoss).toBeLessThan(outcome.current.logLoss);
    expect(outcome.improved).toBe(true);
    // Nothing changes until the learner applies them; then scheduling uses them.
    expect((await getReviewSettings(me.id)).settings.weights).toBeUndefined();
    await applyParameters(me.id, outcome.fitted.weights, new Date("2026-06-01T12:00:00Z"));
    expect((await getReviewSettings(me.id)).settings.weights).toEqual(outcome.fitted.weights);
    // Optimizing again starts from the applied set.
    const again = await optimizeParameters(me.id);
    expect(again.status === "ok" && again.current.isDefault).toBe(false);
    await applyParameters(me.id, null, new Date("2026-06-01T12:00:00Z"));
    expect((await getReviewSettings(me.id)).settings.weights).toBeUndefined();
  });

  it("runs at most 5 times in 15 minutes per learner, counting every request", async () => {
    const me = await makeLearner();
    const now = new Date();
    for (let i = 0; i < 5; i++) expect((await optimizeParameters(me.id, now)).status).toBe("not-enough");
    const sixth = await optimizeParameters(me.id, now);
    expect(sixth.status).toBe("throttled");
    if (sixth.status === "throttled") expect(sixth.message).toMatch(/Try again in 15 minutes/);
    // Another learner is not held back, and the window passes.
    expect((await optimizeParameters((await makeLearner()).id, now)).status).toBe("not-enough");
    expect((await optimizeParameters(me.id, new Date(now.getTime() + 15 * 60_000 + 1))).status).toBe("not-enough");
  });

  it("runs one optimization at a time per learner", async () => {
    const me = await makeLearner();
    await seedHistory(me.id, 60, 8);
    const [first, second] = await Promise.all([optimizeParameters(me.id), optimizeParameters(me.id)]);
    expect([first.status, second.status].sort()).toEqual(["busy", "ok"]);
  });

  it("refuses parameters FSRS cannot use", async () => {
    const me = await makeLearner();
    await expect(applyParameters(me.id, [1, 2, 3], new Date("2026-06-01T12:00:00Z"))).rejects.toThrow();
    expect((await getReviewSettings(me.id)).saved).toBe(false);
  });
});

describe("the optimizer's child process", () => {
  it("turns a panic in fsrs-rs into an error reply instead of taking the server down", async () => {
    // An item without any delta_t > 0 makes fsrs-rs panic (buildFsrsItems never produces one).
    const reply = await runWorker({
      items: [[{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 0 }]],
      evaluate: [],
      currentWeights: [],
      options: { enableShortTerm: true, numRelearningSteps: 1 },
    });
    expect(reply).toEqual({ ok: false, message: expect.stringMatching(/crashed.*delta_t > 0/) });
    // This process is still here to check.
    expect(process.exitCode ?? 0).toBe(0);
  });
});
