import type { RefObject } from "react";
import type { ReviewItem } from "./types";

const GRADES = [
  { rating: 1, label: "Again", style: "border-red-300 hover:bg-red-50 dark:border-red-800 dark:hover:bg-red-950" },
  { rating: 2, label: "Hard", style: "border-amber-300 hover:bg-amber-50 dark:border-amber-800 dark:hover:bg-amber-950" },
  { rating: 3, label: "Good", style: "border-green-400 hover:bg-green-50 dark:border-green-800 dark:hover:bg-green-950" },
  { rating: 4, label: "Easy", style: "border-sky-300 hover:bg-sky-50 dark:border-sky-800 dark:hover:bg-sky-950" },
] as const;

// The four grades, each with the interval it would give; names start with the grade ("Good 3d").
export function GradeButtons({ item, disabled, onGrade, goodRef }: { item: ReviewItem; disabled: boolean; onGrade: (rating: number) => void; goodRef: RefObject<HTMLButtonElement | null> }) {
  return (
    <div role="group" aria-label="How well did you remember?" className="grid grid-cols-4 gap-2">
      {GRADES.map((g) => (
        <button
          key={g.rating}
          ref={g.rating === 3 ? goodRef : undefined}
          type="button"
          disabled={disabled}
          onClick={() => onGrade(g.rating)}
          aria-keyshortcuts={String(g.rating)}
          className={`flex min-h-14 flex-col items-center justify-center rounded-lg border-2 bg-white px-1 py-2 sm:px-3 font-medium text-slate-900 disabled:opacity-60 dark:bg-slate-900 dark:text-slate-100 ${g.style}`}
        >
          <span>{g.label}</span> <span className="text-sm font-normal text-slate-700 dark:text-slate-300">{item.intervals[String(g.rating) as "1" | "2" | "3" | "4"]}</span>
        </button>
      ))}
    </div>
  );
}
