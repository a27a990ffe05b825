import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { OutboxEntry } from "@/lib/domain/review/outbox";

// Where graded reviews wait for the server: IndexedDB, so they survive a reload, a closed tab or a
// crash; kept per learner (another account signed in on the same browser never sends them). Where
// IndexedDB is unavailable (a private window of some browsers) they wait in memory for the page's life.

export type OutboxStore = {
  list(): Promise<OutboxEntry[]>;
  add(entry: OutboxEntry): Promise<void>;
  remove(reviewIds: readonly string[]): Promise<void>;
};

type Stored = OutboxEntry & { userId: string };
interface OutboxDb extends DBSchema {
  reviews: { key: string; value: Stored; indexes: { userId: string } };
}

const DB_NAME = "retain-review-outbox";

function memoryStore(): OutboxStore {
  let entries: OutboxEntry[] = [];
  return {
    list: async () => [...entries],
    add: async (entry) => {
      entries = [...entries.filter((e) => e.reviewId !== entry.reviewId), entry];
    },
    remove: async (ids) => {
      entries = entries.filter((e) => !ids.includes(e.reviewId));
    },
  };
}

// The learner's outbox (opened on first use).
export function openOutbox(userId: string): OutboxStore {
  let opened: Promise<IDBPDatabase<OutboxDb> | null> | null = null;
  const fallback = memoryStore();
  const database = () =>
    (opened ??= typeof indexedDB === "undefined"
      ? Promise.resolve(null)
      : openDB<OutboxDb>(DB_NAME, 1, {
          upgrade(db) {
            db.createObjectStore("reviews", { keyPath: "reviewId" }).createIndex("userId", "userId");
          },
        }).catch(() => null));
  return {
    async list() {
      const db = await database();
      if (!db) return fallback.list();
      const rows = await db.getAllFromIndex("reviews", "userId", userId);
      return rows.map((row) => {
        const entry: OutboxEntry & { userId?: string } = { ...row };
        delete entry.userId;
        return entry;
      });
    },
    async add(entry) {
      const db = await database();
      if (!db) return fallback.add(entry);
      await db.put("reviews", { ...entry, userId });
    },
    async remove(ids) {
      const db = await database();
      if (!db) return fallback.remove(ids);
      const tx = db.transaction("reviews", "readwrite");
      await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
    },
  };
}
