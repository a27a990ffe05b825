import { describe, expect, it } from "vitest";
import { buildQueue, type QueueCard, type QueueInput } from "@/lib/domain/review/queue";
import { DEFAULT_REVIEW_SETTINGS } from "@/lib/domain/review/settings";

// UTC, day starting at 04:00: at NOW the study day ends at 2026-01-11T04:00Z.
const NOW = new Date("2026-01-10T12:00:00Z");
const MIN = 60_000;
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * MIN);
const inMinutes = (minutes: number) => new Date(NOW.getTime() + minutes * MIN);

let seq = 0;
function card(state: QueueCard["state"], due: Date, extra: Partial<QueueCard> = {}): QueueCard {
  seq += 1;
  return { id: `c${String(seq).padStart(4, "0")}`, state, due, suspended: false, buriedUntil: null, position: seq, ...extra };
}
const many = (n: number, make: (i: number) => QueueCard) => Array.from({ length: n }, (_, i) => make(i));

function queue(cards: QueueCard[], over: Partial<QueueInput> = {}, limits: Partial<typeof DEFAULT_REVIEW_SETTINGS> = {}) {
  return buildQueue({
    cards,
    doneToday: { newIntroduced: 0, reviewsDone: 0 },
    settings: { ...DEFAULT_REVIEW_SETTINGS, timeZone: "UTC", dayStartsAtHour: 4, ...limits },
    now: NOW,
    ...over,
  });
}

describe("buildQueue order", () => {
  it("puts due learning first, then reviews by due, then new cards in article order", () => {
    const newB = card("new", ago(0), { position: 2 });
    const newA = card("new", ago(0), { position: 1 });
    const reviewLate = card("review", ago(10));
    const reviewEarly = card("review", ago(60 * 24));
    const relearning = card("relearning", ago(1));
    const learning = card("learning", ago(5));
    const q = queue([newB, reviewLate, newA, relearning, reviewEarly, learning], {}, { newReviewOrder: "after" });
    expect(q.items.map((i) => i.cardId)).toEqual([learning.id, relearning.id, reviewEarly.id, reviewLate.id, newA.id, newB.id]);
    expect(q.items.map((i) => i.kind)).toEqual(["learning", "learning", "review", "review", "new", "new"]);
    expect(q.counts).toEqual({ learning: 2, review: 2, new: 2 });
  });

  it("includes reviews due later in the study day but not after it ends", () => {
    const tonight = card("review", new Date("2026-01-11T03:59:00Z"));
    const tomorrow = card("review", new Date("2026-01-11T04:00:00Z"));
    const q = queue([tonight, tomorrow]);
    expect(q.items.map((i) => i.cardId)).toEqual([tonight.id]);
    expect(q.dayEndsAt).toEqual(new Date("2026-01-11T04:00:00Z"));
  });

  it("learns ahead (Anki, 20 min by default): a step due within the limit is shown after everything else and counted; later steps are not", () => {
    const now = card("learning", ago(0));
    const soon = card("learning", inMinutes(8));
    const later = card("relearning", inMinutes(90));
    const tomorrow = card("learning", new Date("2026-01-12T09:00:00Z"));
    const review = card("review", ago(30));
    const q = queue([later, soon, now, tomorrow, review]);
    expect(q.items.map((i) => i.cardId)).toEqual([now.id, review.id, soon.id]);
    expect(q.counts.learning).toBe(2);
    expect(q.nextLearningDue).toEqual(inMinutes(90));
    expect(q.learningLater).toBe(1);
  });

  it("follows the learner's learn-ahead limit (0: only what is due)", () => {
    const soon = card("learning", inMinutes(8));
    const q0 = queue([soon], {}, { learnAheadMinutes: 0 });
    expect(q0.items).toEqual([]);
    expect(q0.counts.learning).toBe(0);
    expect(q0.nextLearningDue).toEqual(inMinutes(8));
    expect(queue([soon], {}, { learnAheadMinutes: 5 }).items).toEqual([]);
    expect(queue([soon], {}, { learnAheadMinutes: 10 }).items.map((i) => i.cardId)).toEqual([soon.id]);
  });

  it("has no next learning time when no step is pending today", () => {
    expect(queue([card("review", ago(1))]).nextLearningDue).toBeNull();
  });
});

describe("buildQueue daily limits", () => {
  it("caps new cards at newPerDay minus those introduced today", () => {
    const cards = many(30, () => card("new", ago(0)));
    expect(queue(cards).counts.new).toBe(20);
    const q = queue(cards, { doneToday: { newIntroduced: 15, reviewsDone: 0 } });
    expect(q.counts.new).toBe(5);
    expect(q.items.map((i) => i.cardId)).toEqual(cards.slice(0, 5).map((c) => c.id));
    expect(queue(cards, { doneToday: { newIntroduced: 25, reviewsDone: 0 } }).counts.new).toBe(0);
  });

  it("caps reviews at maxReviewsPerDay minus those done today", () => {
    const cards = many(250, (i) => card("review", ago(1000 - i)));
    expect(queue(cards).counts.review).toBe(200);
    const q = queue(cards, { doneToday: { newIntroduced: 0, reviewsDone: 150 } });
    expect(q.counts.review).toBe(50);
    // The oldest-due reviews are the ones kept.
    expect(q.items[0]?.cardId).toBe(cards[0]?.id);
  });

  it("gives new cards only what the review limit leaves", () => {
    const reviews = many(190, () => card("review", ago(30)));
    const fresh = many(30, () => card("new", ago(0)));
    expect(queue([...reviews, ...fresh]).counts).toMatchObject({ review: 190, new: 10 });
    expect(queue([...reviews, ...fresh], {}, { maxReviewsPerDay: 100 }).counts).toMatchObject({ review: 100, new: 0 });
    // After all 190 reviews and 10 new cards, the limit is used up: no more new cards appear.
    const after = queue(fresh.slice(10), { doneToday: { newIntroduced: 10, reviewsDone: 190 } });
    expect(after.counts.new).toBe(0);
  });

  it("never caps learning cards", () => {
    const learning = many(300, () => card("learning", ago(2)));
    const q = queue(learning, { doneToday: { newIntroduced: 20, reviewsDone: 200 } }, { maxReviewsPerDay: 0, newPerDay: 0 });
    expect(q.counts.learning).toBe(300);
    expect(q.items).toHaveLength(300);
  });

  it("cuts the item list to `limit` without changing the counts", () => {
    const cards = many(30, () => card("new", ago(0)));
    const q = queue(cards, { limit: 5 });
    expect(q.items).toHaveLength(5);
    expect(q.counts.new).toBe(20);
  });
});

describe("buildQueue exclusions", () => {
  it("leaves out suspended cards and cards buried until later", () => {
    const suspended = card("review", ago(10), { suspended: true });
    const buried = card("learning", ago(10), { buriedUntil: inMinutes(60) });
    const buriedNew = card("new", ago(10), { buriedUntil: new Date("2026-01-11T04:00:00Z") });
    const unburied = card("review", ago(10), { buriedUntil: ago(1) });
    const q = queue([suspended, buried, buriedNew, unburied]);
    expect(q.items.map((i) => i.cardId)).toEqual([unburied.id]);
    expect(q.counts).toEqual({ learning: 0, review: 1, new: 0 });
  });

  it("does not let suspended new cards use up the new-card limit", () => {
    const suspended = many(20, () => card("new", ago(0), { suspended: true }));
    const fresh = many(5, () => card("new", ago(0)));
    expect(queue([...suspended, ...fresh]).counts.new).toBe(5);
  });
});

describe("buildQueue study day", () => {
  it("uses the learner's time zone for the end of the day", () => {
    // In Kolkata at NOW (17:30 IST) the study day ends at 04:00 IST = 22:30 UTC.
    const before = card("review", new Date("2026-01-10T22:29:00Z"));
    const after = card("review", new Date("2026-01-10T22:30:00Z"));
    const q = queue([before, after], {}, { timeZone: "Asia/Kolkata" });
    expect(q.items.map((i) => i.cardId)).toEqual([before.id]);
  });
});

describe("buildQueue cards asked for by a quiz mistake", () => {
  it("shows them before other new cards even when the new-card limit is used up", () => {
    const regular = many(3, () => card("new", ago(0)));
    const fromQuiz = card("new", ago(5), { fromQuiz: true, position: 9999 });
    const q = queue([...regular, fromQuiz], { doneToday: { newIntroduced: 20, reviewsDone: 0 } });
    expect(q.items.map((i) => i.cardId)).toEqual([fromQuiz.id]);
    expect(q.counts.new).toBe(1);
    const fresh = queue([...regular, fromQuiz]);
    expect(fresh.items.map((i) => i.cardId)).toEqual([fromQuiz.id, ...regular.map((c) => c.id)]);
    expect(fresh.counts.new).toBe(4);
  });

  it("still leaves them out while suspended or buried", () => {
    const suspended = card("new", ago(5), { fromQuiz: true, suspended: true });
    const buried = card("new", ago(5), { fromQuiz: true, buriedUntil: inMinutes(30) });
    expect(queue([suspended, buried]).items).toEqual([]);
  });
});

describe("buildQueue deck options (Anki)", () => {
  const DAY = 86_400_000;
  // A review card last seen `daysAgo` days before NOW with this stability.
  const reviewed = (daysAgo: number, stability: number, dueAgoMinutes: number) =>
    card("review", ago(dueAgoMinutes), { stability, lastReview: new Date(NOW.getTime() - daysAgo * DAY) });

  it("mixes new cards evenly among reviews by default, or puts them after or before (new/review order)", () => {
    const reviews = many(4, (i) => card("review", ago(100 - i)));
    const fresh = many(2, () => card("new", ago(0)));
    const kinds = (order?: "mixed" | "after" | "before") => queue([...reviews, ...fresh], {}, order ? { newReviewOrder: order } : {}).items.map((i) => i.kind[0]).join("");
    expect(kinds()).toBe("rnrnrr");
    expect(kinds("after")).toBe("rrrrnn");
    expect(kinds("before")).toBe("nnrrrr");
  });

  it("keeps the least retrievable reviews when the limit cuts a backlog, shown by due date or by retrievability", () => {
    // Due first but well remembered (3 days into a 100-day stability), then two at risk.
    const safe = reviewed(3, 100, 300);
    const risky = reviewed(30, 2, 200);
    const riskier = reviewed(60, 2, 100);
    const dueOrder = queue([riskier, safe, risky], {}, { maxReviewsPerDay: 2 });
    expect(dueOrder.items.map((i) => i.cardId)).toEqual([risky.id, riskier.id]);
    const byR = queue([riskier, safe, risky], {}, { maxReviewsPerDay: 3, reviewSortOrder: "retrievability" });
    expect(byR.items.map((i) => i.cardId)).toEqual([riskier.id, risky.id, safe.id]);
  });

  it("shuffles today's new cards when asked (new card order), the same way all day", () => {
    const fresh = many(12, () => card("new", ago(0)));
    const article = queue(fresh, {}, { newReviewOrder: "after" }).items.map((i) => i.cardId);
    const random = queue(fresh, {}, { newCardOrder: "random" }).items.map((i) => i.cardId);
    expect(article).toEqual(fresh.map((c) => c.id));
    expect(random).not.toEqual(article);
    expect([...random].sort()).toEqual([...article].sort());
    expect(queue(fresh, { now: new Date(NOW.getTime() + 3 * 3_600_000) }, { newCardOrder: "random" }).items.map((i) => i.cardId)).toEqual(random);
  });

  it("reviews ahead on request (custom study): reviews due in the next N study days are shown now", () => {
    const tomorrow = card("review", new Date("2026-01-11T09:00:00Z"));
    const inThreeDays = card("review", new Date("2026-01-13T09:00:00Z"));
    expect(queue([tomorrow, inThreeDays]).items).toEqual([]);
    expect(queue([tomorrow, inThreeDays], { reviewAheadDays: 1 }).items.map((i) => i.cardId)).toEqual([tomorrow.id]);
    expect(queue([tomorrow, inThreeDays], { reviewAheadDays: 3 }).items.map((i) => i.cardId)).toEqual([tomorrow.id, inThreeDays.id]);
  });
});
