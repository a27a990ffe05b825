"use client";

import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import { cardAction } from "@/lib/server/actions/review";
import { CardFace } from "./card-face";
import { CardMoreActions } from "./card-more-actions";
import { GradeButtons } from "./grade-buttons";
import { NoCardsDue } from "./no-cards-due";
import { QueueCounts } from "./queue-counts";
import { SessionSummaryPanel } from "./session-summary";
import { fetchQueue, postReview, postUndo, type QueueQuery } from "./review-api";
import { KeyboardHelp, useReviewKeys } from "./review-keys";
import type { QueueJson, ReviewItem } from "./types";
import type { SessionReview } from "@/lib/domain/review/session-summary";

const leechMessage = (suspended: boolean) =>
  suspended
    ? "Leech: you keep forgetting this card, so it was tagged as a leech and suspended. Reread its section or rewrite it in your own words, then unsuspend it in Settings."
    : "Leech: you keep forgetting this card, so it was tagged as a leech. Reread its section or rewrite it in your own words.";
const GRADE_NAMES = ["", "Again", "Hard", "Good", "Easy"];

// A client-generated review id (crypto.randomUUID needs a secure context; getRandomValues does not).
function newReviewId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// The review session: one card at a time, graded with buttons or keys, undo of this session's reviews.
// `customStudy` is shown folded below the session, and unfolded once no card is due.
export function Reviewer({ initial, query, customStudy }: { initial: QueueJson; query: QueueQuery; customStudy?: ReactNode }) {
  const [queue, setQueue] = useState(initial);
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState("");
  const [alert, setAlert] = useState("");
  // This session's reviews, newest last: undo takes them back one by one; the summary adds them up.
  const [history, setHistory] = useState<(SessionReview & { reviewId: string })[]>([]);
  const shownAt = useRef(0);
  const showRef = useRef<HTMLButtonElement>(null);
  const goodRef = useRef<HTMLButtonElement>(null);
  const current = queue.items[0] ?? null;

  // Each card's clock starts when it appears; focus follows the step (Show answer, then Good).
  useEffect(() => {
    shownAt.current = Date.now();
  }, [current?.cardId, current?.version]);
  useEffect(() => {
    (revealed ? goodRef : showRef).current?.focus();
  }, [current?.cardId, current?.version, revealed]);

  const refresh = useCallback(
    async (front?: ReviewItem | null) => {
      const result = await fetchQueue(query);
      if (!result.ok) {
        setMessage(result.message);
        return;
      }
      const next = result.data.queue;
      setQueue(front ? { ...next, items: [front, ...next.items.filter((i) => i.cardId !== front.cardId)] } : next);
      setRevealed(false);
    },
    [query],
  );

  // A learning step due later today: fetch the queue again when it comes due.
  useEffect(() => {
    if (current || !queue.nextLearningDue) return;
    const wait = Math.min(3_600_000, Math.max(1000, new Date(queue.nextLearningDue).getTime() - Date.now() + 1000));
    const timer = setTimeout(() => void refresh(), wait);
    return () => clearTimeout(timer);
  }, [current, queue.nextLearningDue, refresh]);

  const grade = useCallback(
    async (rating: number) => {
      if (!current || !revealed || busy) return;
      setBusy(true);
      setAlert("");
      const body = { reviewId: newReviewId(), cardId: current.cardId, rating, durationMs: Math.min(3_600_000, Math.max(0, Date.now() - shownAt.current)), expectedVersion: current.version };
      // A lost connection is retried with the same reviewId: the server counts it once.
      let result = await postReview(body);
      for (let attempt = 0; attempt < 2 && !result.ok && result.status === 0; attempt++) result = await postReview(body);
      if (result.ok) {
        setHistory((h) => [...h, { reviewId: body.reviewId, cardId: body.cardId, rating: rating as SessionReview["rating"], durationMs: body.durationMs }]);
        setMessage(`${GRADE_NAMES[rating]}: saved.`);
        if (result.data.review.leech) setAlert(leechMessage(result.data.review.leechSuspended));
      } else {
        setMessage(result.message);
      }
      await refresh();
      setBusy(false);
    },
    [current, revealed, busy, refresh],
  );

  const undo = useCallback(async () => {
    const reviewId = history[history.length - 1]?.reviewId;
    if (!reviewId || busy) return;
    setBusy(true);
    setAlert("");
    const result = await postUndo(reviewId);
    if (result.ok) {
      setHistory((h) => h.slice(0, -1));
      setMessage("Review undone: the card is back as it was.");
      await refresh(result.data.item);
    } else {
      setMessage(result.message);
      // The review is gone or no longer the latest (another tab): nothing left to undo here.
      if (result.status === 404 || result.status === 409) setHistory([]);
    }
    setBusy(false);
  }, [history, busy, refresh]);

  const hide = useCallback(
    async (kind: "bury" | "suspend") => {
      if (!current || busy) return;
      setBusy(true);
      const result = await cardAction(kind, { cardId: current.cardId, expectedVersion: current.version });
      setMessage(result.message);
      await refresh();
      setBusy(false);
    },
    [current, busy, refresh],
  );

  const reveal = useCallback(() => setRevealed(true), []);
  useReviewKeys({ hasCard: current !== null, revealed, reveal, grade, undo, bury: () => hide("bury"), suspend: () => hide("suspend") });

  return (
    // On a phone the answer controls are fixed at the bottom of the screen; the padding keeps the
    // card's end from hiding under them.
    <div className={`flex flex-col gap-5 ${current ? "pb-24 sm:pb-0" : ""}`}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <QueueCounts counts={queue.counts} quizFeed={queue.quizFeed} />
        {history.length > 0 ? (
          <button type="button" onClick={() => void undo()} disabled={busy} aria-keyshortcuts="U Control+Z" className="min-h-11 rounded-lg border border-slate-300 px-3 py-2 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
            Undo last review
          </button>
        ) : null}
      </div>
      <p role="status" aria-live="polite" className="min-h-6 text-sm text-slate-700 dark:text-slate-300">
        {message}
      </p>
      {alert ? (
        <p role="alert" className="rounded-lg border border-amber-400 bg-amber-50 p-3 text-amber-950 dark:bg-amber-950 dark:text-amber-50">
          {alert}
        </p>
      ) : null}
      {current ? (
        <>
          <CardFace item={current} revealed={revealed} />
          <div className="fixed inset-x-0 bottom-0 z-20 border-t border-slate-200 bg-white px-3 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] sm:static sm:border-0 sm:bg-transparent sm:p-0 dark:border-slate-700 dark:bg-slate-900 sm:dark:bg-transparent">
            {revealed ? (
              <GradeButtons item={current} disabled={busy} onGrade={(r) => void grade(r)} goodRef={goodRef} />
            ) : (
              <button ref={showRef} type="button" onClick={reveal} aria-keyshortcuts="Space Enter" className="min-h-14 w-full rounded-lg bg-brand-600 px-4 py-3 text-lg font-medium text-white hover:bg-brand-700">
                Show answer
              </button>
            )}
          </div>
          <div className="flex flex-wrap items-start gap-2">
            <button type="button" onClick={() => void hide("bury")} disabled={busy} className="min-h-11 rounded-lg border border-slate-300 px-3 py-2 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
              Bury until tomorrow
            </button>
            <button type="button" onClick={() => void hide("suspend")} disabled={busy} className="min-h-11 rounded-lg border border-slate-300 px-3 py-2 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
              Suspend card
            </button>
            {/* Keyed by card and version: each card shown starts with the menu folded. */}
            <CardMoreActions
              key={`${current.cardId}:${current.version}`}
              item={current}
              disabled={busy}
              onDone={(result) => {
                setMessage(result.message);
                void refresh();
              }}
            />
          </div>
          <KeyboardHelp />
        </>
      ) : (
        <>
          {history.length > 0 ? <SessionSummaryPanel reviews={history} /> : null}
          <NoCardsDue queue={queue} />
        </>
      )}
      {customStudy ? (
        <details open={current === null} className="rounded-xl border border-slate-200 p-4 dark:border-slate-700">
          <summary className="cursor-pointer font-semibold">Custom study</summary>
          {customStudy}
        </details>
      ) : null}
    </div>
  );
}
