import type { CardsByState as Counts } from "@/lib/server/review/progress";

const PARTS = [
  { key: "notIntroduced", label: "Not yet introduced", className: "fill-slate-200 dark:fill-slate-700", swatch: "bg-slate-200 dark:bg-slate-700" },
  { key: "new", label: "New", className: "fill-sky-500", swatch: "bg-sky-500" },
  { key: "learning", label: "Learning", className: "fill-red-500", swatch: "bg-red-500" },
  { key: "relearning", label: "Relearning", className: "fill-amber-500", swatch: "bg-amber-500" },
  { key: "review", label: "Review", className: "fill-green-600", swatch: "bg-green-600" },
  { key: "suspended", label: "Suspended", className: "fill-slate-500", swatch: "bg-slate-500" },
] as const;

// All flashcards by where they stand: one stacked bar and its legend with the numbers.
export function CardsByState({ counts }: { counts: Counts }) {
  const total = PARTS.reduce((sum, p) => sum + counts[p.key], 0);
  const widths = PARTS.map((p) => (total > 0 ? (counts[p.key] / total) * 100 : 0));
  const starts = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));
  return (
    <div className="flex flex-col gap-3">
      <svg aria-hidden="true" viewBox="0 0 100 6" preserveAspectRatio="none" className="h-5 w-full max-w-2xl rounded">
        {PARTS.map((p, i) => (
          <rect key={p.key} x={starts[i]} y={0} width={widths[i]} height={6} className={p.className} />
        ))}
      </svg>
      <ul className="grid gap-1 sm:grid-cols-3">
        {PARTS.map((p) => (
          <li key={p.key} className="flex items-center gap-2">
            <span aria-hidden="true" className={`inline-block size-3 rounded-sm ${p.swatch}`} />
            {p.label}: <span className="font-medium">{counts[p.key]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
