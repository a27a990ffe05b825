import { describe, expect, it } from "vitest";
import { newCardState } from "./card-state";
import { scheduleParamsOf } from "./history";
import { adoptCards, gradeFirst, refill, withMemory, withoutOutdated, withoutPending, type LocalItem } from "./local-queue";
import { planReviews } from "./merge";
import type { CardMemory } from "./outbox";
import { DEFAULT_REVIEW_SETTINGS } from "./settings";
import { gradeTowardTargets } from "./targets";

// The browser's queue: grading the shown card locally as the server will, learning cards coming
// back within the learn-ahead limit, and the server's answers folded in.

const T0 = new Date("2026-10-31T12:00:00Z");
const DAY = 24 * 3600_000;
const params = scheduleParamsOf(DEFAULT_REVIEW_SETTINGS);
const memory = (cardId: string): CardMemory => ({ ...newCardState(T0), suspended: false, leech: false, buriedUntil: null, cardId, version: 0 });
const item = (cardId: string): LocalItem => withMemory({ cardId, version: 0, kind: "new", state: "new", leech: false, intervals: { "1": "", "2": "", "3": "", "4": "" }, memory: memory(cardId), targets: [] }, memory(cardId), params, T0);
const counts = { new: 3, learning: 0, review: 0 };
const grade = (items: LocalItem[], rating: 1 | 2 | 3 | 4, now = T0, reviewId = "r1") => gradeFirst({ items, counts, params, learnAheadMinutes: 20, rating, now, durationMs: 1500, reviewId, expectVersion: false })!;

describe("local review queue", () => {
  it("shows the next card at once and keeps the review for the outbox, graded as the server will", () => {
    const after = grade([item("a"), item("b")], 4);
    expect(after.items.map((i) => i.cardId)).toEqual(["b"]);
    expect(after.counts).toEqual({ new: 2, learning: 0, review: 0 });
    expect(after.entry).toMatchObject({ reviewId: "r1", cardId: "a", rating: 4, durationMs: 1500 });
    const { cardId, version, ...snapshot } = memory("a");
    const server = planReviews({ cardId, current: snapshot, version, history: null, reviews: [after.entry], params });
    expect(server.card.state).toBe("review");
    expect(after.entry.before).toEqual(memory("a"));
    expect(after.entry.expectedVersion).toBeUndefined();
    const online = gradeFirst({ items: [item("a")], counts, params, learnAheadMinutes: 20, rating: 4, now: T0, durationMs: 1500, reviewId: "r9", expectVersion: true })!;
    expect(online.entry.expectedVersion).toBe(0);
  });

  it("brings a learning card back at the end of the session when it is due within the learn-ahead limit", () => {
    const after = grade([item("a"), item("b")], 1);
    expect(after.items.map((i) => i.cardId)).toEqual(["b", "a"]);
    const back = after.items[1]!;
    expect(back).toMatchObject({ kind: "learning", state: "learning", version: 1 });
    expect(after.counts).toEqual({ new: 2, learning: 1, review: 0 });
    // Graded again from the local memory: the same card the server gets by replaying both reviews.
    const again = grade([back], 3, new Date(T0.getTime() + 60_000), "r2");
    const replay = gradeTowardTargets(params, gradeTowardTargets(params, memory("a"), 1, T0, 1500, "a", []).card, 3, new Date(T0.getTime() + 60_000), 1500, "a", []);
    expect(again.entry.before).toMatchObject({ reps: 1, version: 1 });
    // Good on the first step goes to the 10-minute step: still within the limit, so it comes back again.
    expect(again.items.map((i) => i.memory)).toEqual([{ ...replay.card, cardId: "a", version: 2 }]);
  });

  it("gives nothing to grade on an empty queue", () => {
    expect(gradeFirst({ items: [], counts, params, learnAheadMinutes: 20, rating: 3, now: T0, durationMs: 0, reviewId: "r", expectVersion: false })).toBeNull();
  });

  it("leaves out of the server's queue the cards whose reviews are still waiting", () => {
    expect(withoutPending([item("a"), item("b")], [{ cardId: "a" }]).map((i) => i.cardId)).toEqual(["b"]);
  });

  it("leaves out a card the server sent before the review graded here reached it", () => {
    const known = new Map([["a", 1], ["b", 2]]);
    const b = { ...item("b"), version: 2 };
    expect(withoutOutdated([item("a"), b, item("c")], known).map((i) => i.cardId)).toEqual(["b", "c"]);
  });

  it("adopts the server's newer memory, drops a suspended card, and keeps a card with reviews waiting", () => {
    const server = { ...memory("a"), version: 3, state: "review" as const, stability: 10, difficulty: 5, due: new Date(T0.getTime() + 10 * DAY), lastReview: T0, reps: 3 };
    const adopted = adoptCards([item("a"), item("b"), item("c")], [server, { ...memory("b"), version: 2, suspended: true }, { ...memory("c"), version: 5 }], [{ cardId: "c" }], params, T0);
    expect(adopted.map((i) => [i.cardId, i.version, i.kind])).toEqual([
      ["a", 3, "review"],
      ["c", 0, "new"],
    ]);
  });

  it("refills behind the local cards without showing a card twice", () => {
    expect(refill([item("a"), item("b")], [item("b"), item("c")]).map((i) => i.cardId)).toEqual(["a", "b", "c"]);
  });
});
