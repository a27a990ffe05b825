import { describe, expect, it } from "vitest";
import { newCardState } from "./card-state";
import { scheduleParamsOf } from "./history";
import { planReviews } from "./merge";
import { adoptServerCards, gradeLocally, memoryFromJson, nextBatch, settle, syncStatusText, undoUnsynced, type CardMemory, type OutboxEntry } from "./outbox";
import { DEFAULT_REVIEW_SETTINGS } from "./settings";

// The browser's outbox: local grading equal to the server's, batches, settling, undo.

const T0 = new Date("2026-10-31T12:00:00Z");
const MIN = 60_000;
const params = scheduleParamsOf(DEFAULT_REVIEW_SETTINGS);
const card = (cardId: string): CardMemory => ({ ...newCardState(T0), suspended: false, leech: false, buriedUntil: null, cardId, version: 0 });

function gradeAll(start: CardMemory, ratings: (1 | 2 | 3 | 4)[]) {
  let current = start;
  const entries: OutboxEntry[] = [];
  ratings.forEach((rating, i) => {
    const graded = gradeLocally(params, current, rating, new Date(T0.getTime() + i * 3 * 24 * 60 * MIN), 2000, `r${i}`);
    current = graded.card;
    entries.push(graded.entry);
  });
  return { card: current, entries };
}

describe("offline outbox", () => {
  it("grades a card locally exactly as the server will when the reviews arrive", () => {
    const ratings = [3, 3, 1, 3, 4, 2, 3] as const;
    const local = gradeAll(card("c1"), [...ratings]);
    const { cardId, version, ...snapshot } = card("c1");
    const server = planReviews({ cardId, current: snapshot, version, history: null, reviews: local.entries, params });
    expect(local.card).toEqual({ ...server.card, cardId, version: server.version });
  });

  it("sends the oldest reviews first, at most 100 per batch, and keeps what was not settled", () => {
    const many = Array.from({ length: 130 }, (_, i) => ({ ...gradeAll(card("c"), [3]).entries[0]!, reviewId: `r${i}`, reviewedAt: new Date(T0.getTime() + (130 - i) * MIN) }));
    const batch = nextBatch(many);
    expect(batch).toHaveLength(100);
    expect(batch[0]!.reviewId).toBe("r129");
    const left = settle(many, [...batch.slice(0, 98).map((e) => ({ reviewId: e.reviewId, status: "saved" })), { reviewId: batch[98]!.reviewId, status: "suspended" }, { reviewId: batch[99]!.reviewId, status: "stale" }]);
    expect(left).toHaveLength(31);
    expect(left.some((e) => e.reviewId === batch[99]!.reviewId)).toBe(true);
    // A review that named the card version it saw is refused for good when stale.
    const online = { ...many[0]!, expectedVersion: 0 };
    expect(settle([online], [{ reviewId: online.reviewId, status: "stale" }])).toEqual([]);
  });

  it("takes back the latest unsynced review, giving the card as it was", () => {
    const { entries } = gradeAll(card("c1"), [3, 1]);
    const undone = undoUnsynced(entries)!;
    expect(undone.outbox.map((e) => e.reviewId)).toEqual(["r0"]);
    expect(undone.card).toEqual(entries[1]!.before);
    expect(undoUnsynced([])).toBeNull();
  });

  it("adopts the server's cards, with the reviews still waiting applied on top", () => {
    const synced = gradeAll(card("c1"), [3]);
    const fromServer = { ...synced.card, version: 7 };
    const waiting = gradeLocally(params, synced.card, 4, new Date(T0.getTime() + 10 * MIN), 1000, "w1");
    const cards = adoptServerCards(params, new Map([["c1", waiting.card]]), [fromServer], [waiting.entry]);
    expect(cards.get("c1")).toMatchObject({ version: 8, reps: 2 });
  });

  it("says how many reviews wait when offline", () => {
    expect(syncStatusText(0, true)).toBeNull();
    expect(syncStatusText(1, false)).toBe("Offline: 1 review waiting to sync");
    expect(syncStatusText(12, false)).toBe("Offline: 12 reviews waiting to sync");
    expect(syncStatusText(3, true)).toBe("Syncing 3 reviews…");
  });
});

describe("card memory from JSON", () => {
  it("gives back the card with its dates as Dates", () => {
    const memory = { ...card("c1"), lastReview: T0, buriedUntil: null };
    expect(memoryFromJson(JSON.parse(JSON.stringify(memory)) as Parameters<typeof memoryFromJson>[0])).toEqual(memory);
  });
});
