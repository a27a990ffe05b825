"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { adoptCards, gradeFirst, refill, withMemory, withoutOutdated, withoutPending } from "@/lib/domain/review/local-queue";
import { syncStatusText, type OutboxEntry } from "@/lib/domain/review/outbox";
import type { ReviewRating } from "@/lib/domain/review/schedule";
import type { SessionReview } from "@/lib/domain/review/session-summary";
import { cardAction } from "@/lib/server/actions/review";
import { keepOfflineCopy } from "./offline-copy";
import type { SyncOutcome } from "./outbox-sync";
import { fetchQueue, postUndo, type QueueQuery } from "./review-api";
import { CARD_SHOWN_MARK, GRADED_MARK, reviveItem, type QueueJson, type ReviewItem } from "./types";
import { useOutbox } from "./use-outbox";

// The review session in the browser: the shown card is graded here with the server's own rules
// (lib/domain/review/local-queue.ts), the next card shows at once, and the review goes to the outbox
// (IndexedDB), which sends it in the background. The queue is refilled from the server once what was
// graded has reached it and few cards are left.

const REFILL_BELOW = 5;
const GRADE_NAMES = ["", "Again", "Hard", "Good", "Easy"];
const leechMessage = (suspended: boolean) =>
  suspended
    ? "Leech: you keep forgetting this card, so it was tagged as a leech and suspended. Reread its section or rewrite it in your own words, then unsuspend it in Settings."
    : "Leech: you keep forgetting this card, so it was tagged as a leech. Reread its section or rewrite it in your own words.";

// A client-generated review id (crypto.randomUUID needs a secure context; getRandomValues does not).
function newReviewId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const revive = (queue: QueueJson): QueueJson => ({ ...queue, items: queue.items.map(reviveItem) });

// This session's reviews, newest last, each with the card as it was shown (for undo) and its grade
// and time (for the end-of-session summary).
// `workload`: the due counts before the grade, which a local undo restores.
type Graded = { reviewId: string; item: ReviewItem; rating: ReviewRating; durationMs: number; workload: QueueJson["workload"] };

// The reviewer's state and actions (the component only draws them).
export function useReviewSession(userId: string, initial: QueueJson, query: QueueQuery) {
  const [queue, setQueue] = useState(() => revive(initial));
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState("");
  const [alert, setAlert] = useState("");
  const [history, setHistory] = useState<Graded[]>([]);
  const shownAt = useRef(0);
  // Each card graded in this session and its version after the grade: a queue the server answered
  // before that review reached it must not bring the card back.
  const gradedVersions = useRef(new Map<string, number>());
  const head = queue.items[0] ?? null;
  // The shown card's labels from the due counts as this session's grades left them (the server's
  // were computed before them), so each label is what grading here will store.
  const current = useMemo(() => (head ? withMemory(head, head.memory, queue.params, new Date(), queue.workload) : null), [head, queue.params, queue.workload]);
  // Cards left in the session, for the refill decision made outside a render.
  const shown = useRef(queue.items.length);
  useEffect(() => {
    shown.current = queue.items.length;
  }, [queue.items.length]);

  // "replace": the server's queue as it is (after bury, suspend, an undo on the server); "refill":
  // the server's next cards behind the ones shown here. Cards with reviews still waiting stay local.
  const load = useCallback(
    async (mode: "replace" | "refill", pending: readonly OutboxEntry[], front?: ReviewItem | null) => {
      const result = await fetchQueue(query);
      if (!result.ok) {
        if (mode === "replace") setMessage(result.message);
        return;
      }
      const next = revive(result.data.queue);
      const served = withoutOutdated(withoutPending(next.items, pending), gradedVersions.current);
      setQueue((local) => {
        const items = mode === "refill" ? refill(local.items, served) : front ? [front, ...served.filter((i) => i.cardId !== front.cardId)] : served;
        // The server's due counts lack the reviews still waiting here; the local ones count them.
        return { ...next, items, workload: pending.length > 0 ? local.workload : next.workload };
      });
      if (mode === "replace") setRevealed(false);
    },
    [query],
  );

  const onSynced = useCallback(
    (outcome: SyncOutcome, pending: readonly OutboxEntry[]) => {
      if (outcome.refused) {
        // Another tab reviewed a card first: its grade here was not kept; show the server's queue.
        setMessage(outcome.refused);
        void load("replace", pending);
        return;
      }
      if (outcome.failure === null) keepOfflineCopy();
      if (outcome.cards.length > 0) setQueue((q) => ({ ...q, items: adoptCards(q.items, outcome.cards, pending, q.params, new Date(), q.workload) }));
      if (pending.length === 0 && outcome.failure === null && outcome.cards.length > 0 && shown.current < REFILL_BELOW) void load("refill", pending);
    },
    [load],
  );
  const outbox = useOutbox(userId, {
    // Nothing left waiting (the usual case): the queue stays as it is, not drawn again.
    onLoaded: (pending) => (pending.length > 0 ? setQueue((q) => ({ ...q, items: withoutPending(q.items, pending) })) : undefined),
    onSynced,
  });

  useEffect(() => {
    shownAt.current = Date.now();
    // Grade → next card shown, read by bench/review-latency.bench.ts (a mark costs microseconds).
    if (current?.cardId) performance.mark(CARD_SHOWN_MARK);
  }, [current?.cardId, current?.version]);

  const refresh = useCallback(
    async (front?: ReviewItem | null) => {
      await outbox.flush();
      await load("replace", await outbox.waiting(), front);
    },
    [outbox, load],
  );

  // A learning step due later today: fetch the queue again when it comes due.
  useEffect(() => {
    if (current || !queue.nextLearningDue) return;
    const wait = Math.min(3_600_000, Math.max(1000, new Date(queue.nextLearningDue).getTime() - Date.now() + 1000));
    const timer = setTimeout(() => void refresh(), wait);
    return () => clearTimeout(timer);
  }, [current, queue.nextLearningDue, refresh]);

  const grade = useCallback(
    (rating: number) => {
      if (!current || !revealed || busy || rating < 1 || rating > 4) return;
      performance.mark(GRADED_MARK);
      const reviewId = newReviewId();
      const online = typeof navigator === "undefined" || navigator.onLine !== false;
      const durationMs = Math.min(3_600_000, Math.max(0, Date.now() - shownAt.current));
      const graded = gradeFirst({
        items: queue.items,
        counts: queue.counts,
        params: queue.params,
        workload: queue.workload,
        learnAheadMinutes: queue.learnAheadMinutes,
        rating: rating as ReviewRating,
        now: new Date(),
        durationMs,
        reviewId,
        // Online, the first waiting review of a card names the version the server sent.
        expectVersion: online && !outbox.pending.some((e) => e.cardId === current.cardId),
      });
      if (!graded) return;
      gradedVersions.current.set(current.cardId, current.memory.version + 1);
      setQueue((q) => ({ ...q, items: graded.items, counts: graded.counts, workload: graded.workload ?? q.workload }));
      setRevealed(false);
      setHistory((h) => [...h, { reviewId, item: current, rating: rating as ReviewRating, durationMs, workload: queue.workload }]);
      setMessage(`${GRADE_NAMES[rating]}: saved.`);
      setAlert(graded.leech ? leechMessage(graded.leechSuspended) : "");
      void outbox.add(graded.entry);
    },
    [current, revealed, busy, queue, outbox],
  );

  const undo = useCallback(async () => {
    const last = history.at(-1);
    if (!last || busy) return;
    setBusy(true);
    setAlert("");
    if (await outbox.takeBack(last.reviewId)) {
      gradedVersions.current.set(last.item.cardId, last.item.memory.version);
      setHistory((h) => h.slice(0, -1));
      setQueue((q) => {
        const again = q.items.some((i) => i.cardId === last.item.cardId);
        const counts = { ...q.counts, [last.item.kind]: q.counts[last.item.kind] + 1 };
        if (again) counts.learning = Math.max(0, counts.learning - 1);
        return { ...q, counts, workload: last.workload, items: [last.item, ...q.items.filter((i) => i.cardId !== last.item.cardId)] };
      });
      setRevealed(false);
      setMessage("Review undone: the card is back as it was.");
      setBusy(false);
      return;
    }
    const result = await postUndo(last.reviewId);
    if (result.ok) {
      setHistory((h) => h.slice(0, -1));
      setMessage("Review undone: the card is back as it was.");
      await refresh(result.data.item ? reviveItem(result.data.item) : null);
    } else {
      setMessage(result.message);
      // The review is gone or no longer the latest (another tab): nothing left to undo here.
      if (result.status === 404 || result.status === 409) setHistory([]);
    }
    setBusy(false);
  }, [history, busy, outbox, refresh]);

  const hide = useCallback(
    async (kind: "bury" | "suspend") => {
      if (!current || busy) return;
      setBusy(true);
      // The card's waiting reviews reach the server first, so the version named is the server's.
      await outbox.flush();
      const result = await cardAction(kind, { cardId: current.cardId, expectedVersion: current.version });
      setMessage(result.message);
      await refresh();
      setBusy(false);
    },
    [current, busy, outbox, refresh],
  );

  const syncText = syncStatusText(outbox.pending.length, outbox.online);
  const sessionReviews: SessionReview[] = history.map((g) => ({ cardId: g.item.cardId, rating: g.rating, durationMs: g.durationMs }));
  return { queue, current, revealed, reveal: () => setRevealed(true), busy, message, setMessage, alert, canUndo: history.length > 0, sessionReviews, grade, undo, hide, refresh, syncText };
}
