"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { OutboxEntry } from "@/lib/domain/review/outbox";
import { outboxDoor } from "./outbox-door";
import { openOutbox } from "./outbox-store";
import { sendOutbox, type SyncOutcome } from "./outbox-sync";

// The reviewer's outbox: reviews are stored before they are sent, sent in the background (one send
// at a time, through the outbox door: an undo never races a send), again when the browser comes
// back online and every few seconds while any wait.

const RETRY_MS = 5000;

export type Outbox = {
  // Reviews not yet on the server (oldest first), and whether the last send reached it.
  pending: readonly OutboxEntry[];
  online: boolean;
  add(entry: OutboxEntry): Promise<void>;
  // Sends what waits; resolves with the server's answer once this send (or the one running) ends.
  flush(): Promise<SyncOutcome>;
  // What waits now, read from the store.
  waiting(): Promise<OutboxEntry[]>;
  // Takes a review back if it was not sent yet (true), after any send under way has ended.
  takeBack(reviewId: string): Promise<boolean>;
};

export type OutboxEvents = {
  // The reviews an earlier visit left waiting, once read (the page's queue predates them).
  onLoaded(pending: readonly OutboxEntry[]): void;
  // Every send's outcome (the server's cards to adopt, a stale refusal to show) and what still waits.
  onSynced(outcome: SyncOutcome, pending: readonly OutboxEntry[]): void;
};

// The state to keep: the one held when it lists the same reviews, so that a send finding nothing
// waiting (every page load makes one) does not draw the whole session again.
const sameEntries = (before: readonly OutboxEntry[], after: readonly OutboxEntry[]) =>
  before.length === after.length && before.every((e, i) => e.reviewId === after[i]?.reviewId) ? before : after;

// The learner's outbox for the reviewer.
export function useOutbox(userId: string, events: OutboxEvents): Outbox {
  const store = useMemo(() => openOutbox(userId), [userId]);
  const door = useMemo(() => outboxDoor(store), [store]);
  const [pending, setPending] = useState<readonly OutboxEntry[]>([]);
  const [online, setOnline] = useState(true);
  const handlers = useRef(events);
  useEffect(() => {
    handlers.current = events;
  });

  const flush = useCallback(
    () =>
      door.flush(async () => {
        const outcome = await sendOutbox(store);
        const left = await store.list();
        setPending((before) => sameEntries(before, left));
        setOnline(outcome.failure?.status !== 0 && (typeof navigator === "undefined" || navigator.onLine !== false));
        handlers.current.onSynced(outcome, left);
        return outcome;
      }),
    [door, store],
  );

  const add = useCallback(
    async (entry: OutboxEntry) => {
      await door.add(entry);
      setPending(await store.list());
      void flush();
    },
    [door, store, flush],
  );

  const takeBack = useCallback(
    async (reviewId: string) => {
      const takenBack = await door.takeBack(reviewId);
      if (takenBack) setPending(await store.list());
      return takenBack;
    },
    [door, store],
  );

  // Reviews left by an earlier visit are sent at once; then on reconnecting, and every few seconds.
  useEffect(() => {
    void store.list().then((left) => {
      setPending((before) => sameEntries(before, left));
      handlers.current.onLoaded(left);
      void flush();
    });
    const goOnline = () => void flush();
    const goOffline = () => setOnline(false);
    window.addEventListener("online", goOnline);
    window.addEventListener("offline", goOffline);
    return () => {
      window.removeEventListener("online", goOnline);
      window.removeEventListener("offline", goOffline);
    };
  }, [store, flush]);
  useEffect(() => {
    if (pending.length === 0) return;
    const timer = setInterval(() => void flush(), RETRY_MS);
    return () => clearInterval(timer);
  }, [pending.length, flush]);

  const waiting = useCallback(() => store.list(), [store]);
  return { pending, online, add, flush, waiting, takeBack };
}
