import { describe, expect, it } from "vitest";
import type { OutboxEntry } from "@/lib/domain/review/outbox";
import { outboxDoor } from "./outbox-door";
import type { OutboxStore } from "./outbox-store";

// An in-memory store whose reads take a turn of the event loop, as IndexedDB's do.
function slowStore(): OutboxStore & { entries: OutboxEntry[] } {
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
  const store = {
    entries: [] as OutboxEntry[],
    list: async () => (await tick(), [...store.entries]),
    add: async (entry: OutboxEntry) => {
      await tick();
      store.entries = [...store.entries, entry];
    },
    remove: async (ids: readonly string[]) => {
      await tick();
      store.entries = store.entries.filter((e) => !ids.includes(e.reviewId));
    },
  };
  return store;
}

const entry = (reviewId: string) => ({ reviewId, cardId: "card-1", rating: 4, durationMs: 1000, reviewedAt: new Date("2026-03-01T10:00:00Z") }) as OutboxEntry;

// What the server received: a send reads the store, waits for the answer, then removes what it sent.
function server(store: OutboxStore) {
  const saved: string[] = [];
  const send = async () => {
    const batch = await store.list();
    await new Promise((resolve) => setTimeout(resolve, 5));
    saved.push(...batch.map((e) => e.reviewId));
    await store.remove(batch.map((e) => e.reviewId));
    return batch.length;
  };
  return { saved, send };
}

describe("the outbox door", () => {
  it("an undo asked before the send that would carry the review takes it back, and the server never gets it", async () => {
    const store = slowStore();
    const door = outboxDoor(store);
    const { saved, send } = server(store);
    await door.add(entry("r1"));
    // The grade's send and the learner's undo start together (undo first, as the keys were pressed).
    const [back, sent] = await Promise.all([door.takeBack("r1"), door.flush(send)]);
    expect(back).toBe(true);
    expect(sent).toBe(0);
    expect(saved).toEqual([]);
  });

  it("an undo asked after the send started waits for it: the review is on the server, so the undo is the server's", async () => {
    const store = slowStore();
    const door = outboxDoor(store);
    const { saved, send } = server(store);
    await door.add(entry("r1"));
    const [sent, back] = await Promise.all([door.flush(send), door.takeBack("r1")]);
    expect(sent).toBe(1);
    expect(back).toBe(false);
    expect(saved).toEqual(["r1"]);
  });

  it("never both: whatever the order of add, send and undo, a review is taken back or sent, once", async () => {
    for (const order of [["add", "flush", "back"], ["add", "back", "flush"], ["flush", "add", "back"], ["back", "add", "flush"]] as const) {
      const store = slowStore();
      const door = outboxDoor(store);
      const { saved, send } = server(store);
      const calls = { add: () => door.add(entry("r1")), flush: () => door.flush(send), back: () => door.takeBack("r1") };
      const [a, b, c] = await Promise.all(order.map((name) => calls[name]()));
      const back = [a, b, c][order.indexOf("back")] as boolean;
      // Still waiting (added after the only send) is neither: a later send carries it.
      const waiting = store.entries.some((e) => e.reviewId === "r1");
      expect([back, saved.includes("r1"), waiting].filter(Boolean), order.join(" → ")).toHaveLength(1);
      expect(saved.filter((id) => id === "r1").length).toBeLessThanOrEqual(1);
    }
  });

  it("a flush asked while a send runs shares it", async () => {
    const store = slowStore();
    const door = outboxDoor(store);
    let sends = 0;
    const send = async () => {
      sends += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return sends;
    };
    const [first, second] = await Promise.all([door.flush(send), door.flush(send)]);
    expect([first, second, sends]).toEqual([1, 1, 1]);
  });
});
