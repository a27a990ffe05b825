"use client";

import { useId, useState } from "react";
import { cardAction, type CardActionResult } from "@/lib/server/actions/review";
import type { ReviewItem } from "./types";

const buttonClass = "min-h-11 rounded-lg border border-slate-300 px-3 py-2 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800";

// The card's rarer actions, folded away as Anki keeps them in a menu: forget (start over as new,
// optionally resetting its counts) and set due date (in N days, 0 = today). Both act on the version
// the learner sees, so a card changed in another tab is refused rather than overwritten.
export function CardMoreActions({ item, disabled, onDone }: { item: ReviewItem; disabled: boolean; onDone: (result: CardActionResult) => void }) {
  const id = useId();
  const [resetCounts, setResetCounts] = useState(false);
  const [days, setDays] = useState("1");
  const [pending, setPending] = useState(false);
  const busy = disabled || pending;
  const run = async (send: () => Promise<CardActionResult>) => {
    setPending(true);
    try {
      onDone(await send());
    } finally {
      setPending(false);
    }
  };
  const target = { cardId: item.cardId, expectedVersion: item.version };
  return (
    <details className="w-full rounded-lg border border-slate-200 p-3 text-sm sm:w-auto dark:border-slate-700">
      <summary className="cursor-pointer">More card actions</summary>
      <div className="mt-3 flex flex-col gap-4">
        <form
          className="flex flex-wrap items-center gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => cardAction("forget", { ...target, resetCounts }));
          }}
        >
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={resetCounts} onChange={(e) => setResetCounts(e.target.checked)} className="size-5" />
            Also reset its review and lapse counts
          </label>
          <button type="submit" disabled={busy} className={buttonClass}>
            Forget card
          </button>
        </form>
        <form
          className="flex flex-wrap items-end gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            const parsed = Number(days);
            void run(() => cardAction("set-due", { ...target, days: Number.isInteger(parsed) ? parsed : -1 }));
          }}
        >
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-days`}>Due in (days, 0 = today)</label>
            <input
              id={`${id}-days`}
              type="number"
              min={0}
              max={36500}
              required
              value={days}
              onChange={(e) => setDays(e.target.value)}
              className="min-h-11 w-28 rounded-lg border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100"
            />
          </div>
          <button type="submit" disabled={busy} className={buttonClass}>
            Set due date
          </button>
        </form>
      </div>
    </details>
  );
}
