"use client";

import { useState, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";
import { CELL, cellOrigin, dayAfterKey, dayIndexAt } from "./heatmap-grid";

// The heatmap's one interaction: tapping (or clicking) a day's square names its figures below the
// picture, and so do the arrow keys once the picture has focus. The picture itself is drawn on the
// server; only this wrapper runs in the browser. `days` are [study day, reviews] pairs in the
// picture's order; `offset` the first day's weekday.
export function HeatmapDays({ days, offset, children }: { days: [string, number][]; offset: number; children: ReactNode }) {
  const [chosen, setChosen] = useState<number | null>(null);
  function onClick(event: MouseEvent<HTMLDivElement>) {
    const svg = (event.target as Element).closest("svg");
    if (!svg) return;
    const box = svg.getBoundingClientRect();
    const i = dayIndexAt(event.clientX - box.left, event.clientY - box.top, offset, days.length);
    if (i !== null) setChosen(i);
  }
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const next = dayAfterKey(event.key, chosen, days.length);
    if (next === null) return;
    event.preventDefault();
    setChosen(next);
    // The arrow keys no longer scroll the box: bring the chosen square into view instead.
    const box = event.currentTarget;
    const svg = box.querySelector("svg");
    if (!svg) return;
    const left = svg.getBoundingClientRect().left + cellOrigin(next, offset).x;
    const view = box.getBoundingClientRect();
    if (left < view.left) box.scrollBy({ left: left - view.left - CELL });
    else if (left + CELL > view.right) box.scrollBy({ left: left + CELL - view.right + CELL });
  }
  const day = chosen === null ? undefined : days[chosen];
  const mark = chosen === null ? null : cellOrigin(chosen, offset);
  return (
    <div className="flex flex-col gap-1">
      {/* Wider than a phone: the box scrolls (and takes focus, for the arrow keys), and the reversed
          flex row makes it open at its right end, today, rather than a year ago. */}
      <div tabIndex={0} role="group" aria-label="Reviews per day: tap a day or use the arrow keys" onClick={onClick} onKeyDown={onKeyDown} className="flex flex-row-reverse overflow-x-auto">
        <div className="relative shrink-0">
          {children}
          {mark ? <span aria-hidden="true" data-testid="heatmap-mark" className="pointer-events-none absolute rounded-sm outline outline-2 outline-slate-900 dark:outline-white" style={{ left: mark.x, top: mark.y, width: CELL, height: CELL }} /> : null}
        </div>
      </div>
      <p aria-live="polite" data-testid="heatmap-day" className="text-sm text-slate-600 dark:text-slate-400">
        {day ? `${day[0]}: ${day[1]} review${day[1] === 1 ? "" : "s"}` : "Tap a day, or use the arrow keys, to see its reviews."}
      </p>
    </div>
  );
}
