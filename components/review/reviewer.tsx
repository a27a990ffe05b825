"use client";

import { type ReactNode, useEffect, useRef } from "react";
import { CardFace } from "./card-face";
import { CardMoreActions } from "./card-more-actions";
import { GradeButtons } from "./grade-buttons";
import { NoCardsDue } from "./no-cards-due";
import { QueueCounts } from "./queue-counts";
import type { QueueQuery } from "./review-api";
import { KeyboardHelp, useReviewKeys } from "./review-keys";
import type { QueueJson } from "./types";
import { SessionSummaryPanel } from "./session-summary";
import { useReviewSession } from "./use-review-session";

// The review session: one card at a time, graded with buttons or keys (in the browser, the next card
// at once; the reviews reach the server through the outbox), undo of this session's reviews.
// `customStudy` is shown folded below the session, and unfolded once no card is due.
export function Reviewer({ userId, initial, query, customStudy }: { userId: string; initial: QueueJson; query: QueueQuery; customStudy?: ReactNode }) {
  const { queue, current, revealed, reveal, busy, message, setMessage, alert, canUndo, sessionReviews, grade, undo, hide, refresh, syncText } = useReviewSession(userId, initial, query);
  const showRef = useRef<HTMLButtonElement>(null);
  const goodRef = useRef<HTMLButtonElement>(null);

  // Focus follows the step (Show answer, then Good).
  useEffect(() => {
    (revealed ? goodRef : showRef).current?.focus();
  }, [current?.cardId, current?.version, revealed]);

  useReviewKeys({ hasCard: current !== null, revealed, reveal, grade, undo, bury: () => hide("bury"), suspend: () => hide("suspend") });

  return (
    // On a phone the answer controls are fixed at the bottom of the screen; the padding keeps the
    // card's end from hiding under them.
    <div className={`flex flex-col gap-5 ${current ? "pb-24 sm:pb-0" : ""}`}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <QueueCounts counts={queue.counts} quizFeed={queue.quizFeed} />
        {canUndo ? (
          <button type="button" onClick={() => void undo()} disabled={busy} aria-keyshortcuts="U Control+Z" className="min-h-11 rounded-lg border border-slate-300 px-3 py-2 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
            Undo last review
          </button>
        ) : null}
      </div>
      <p role="status" aria-live="polite" className="min-h-6 text-sm text-slate-700 dark:text-slate-300">
        {message}
      </p>
      {syncText ? (
        <p role="status" aria-live="polite" data-testid="sync-status" className="text-sm text-slate-700 dark:text-slate-300">
          {syncText}
        </p>
      ) : null}
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
          {sessionReviews.length > 0 ? <SessionSummaryPanel reviews={sessionReviews} /> : null}
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
