"use client";

import { useState, type MouseEvent, type ReactNode } from "react";
import { dayIndexAt } from "./heatmap-grid";

// The heatmap's one interaction: tapping (or clicking) a day's square names its figures below the
// picture. The picture itself is drawn on the server; only this wrapper runs in the browser.
// `days` are [study day, reviews] pairs in the picture's order; `offset` the first day's weekday.
export function HeatmapDays({ days, offset, children }: { days: [string, number][]; offset: number; children: ReactNode }) {
  const [chosen, setChosen] = useState<number | null>(null);
  function onClick(event: MouseEvent<HTMLDivElement>) {
    const svg = (event.target as Element).closest("svg");
    if (!svg) return;
    const box = svg.getBoundingClientRect();
    const i = dayIndexAt(event.clientX - box.left, event.clientY - box.top, offset, days.length);
    if (i !== null) setChosen(i);
  }
  const day = chosen === null ? undefined : days[chosen];
  return (
    <div className="flex flex-col gap-1">
      {/* Wider than a phone: the box scrolls (and takes focus, so the keyboard can scroll it), and the
          reversed flex row makes it open at its right end, today, rather than a year ago. */}
      <div tabIndex={0} role="group" aria-label="Reviews per day, scrollable" onClick={onClick} className="flex flex-row-reverse overflow-x-auto">
        {children}
      </div>
      <p aria-live="polite" data-testid="heatmap-day" className="text-sm text-slate-600 dark:text-slate-400">
        {day ? `${day[0]}: ${day[1]} review${day[1] === 1 ? "" : "s"}` : "Tap a day to see its reviews."}
      </p>
    </div>
  );
}
