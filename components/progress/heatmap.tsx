import type { DayCount } from "@/lib/domain/progress/activity";
import { HeatmapDays } from "./heatmap-days";
import { CELL, LEFT, STEP, TOP, cellOrigin } from "./heatmap-grid";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LEVELS = ["fill-slate-100 dark:fill-slate-800", "fill-green-200 dark:fill-green-900", "fill-green-400 dark:fill-green-700", "fill-green-600 dark:fill-green-500", "fill-green-800 dark:fill-green-300"];

const weekday = (key: string) => new Date(`${key}T00:00:00Z`).getUTCDay();
const level = (count: number, max: number) => (count === 0 ? 0 : Math.min(4, Math.ceil((count / Math.max(1, max)) * 4)));

// Reviews per study day over the last year, GitHub style: a column per week, a row per weekday.
// The squares of each shade are one path (five elements for the year, not 365 with a tooltip each:
// the page's largest part for the browser to lay out and for React to hydrate); tapping a square
// names its day's figures (HeatmapDays).
export function Heatmap({ days }: { days: DayCount[] }) {
  const offset = days[0] ? weekday(days[0].key) : 0;
  const max = Math.max(0, ...days.map((d) => d.count));
  const total = days.reduce((sum, d) => sum + d.count, 0);
  const active = days.filter((d) => d.count > 0).length;
  const weeks = Math.ceil((offset + days.length) / 7);
  const starts = days.flatMap((d, i) => (d.key.endsWith("-01") ? [{ column: Math.floor((offset + i) / 7), label: MONTHS[Number(d.key.slice(5, 7)) - 1] ?? "" }] : []));
  // The first, partial month is labelled only if it has room before the next label.
  const firstLabel = days[0] && (starts[0]?.column ?? Infinity) >= 3 ? [{ column: 0, label: MONTHS[Number(days[0].key.slice(5, 7)) - 1] ?? "" }] : [];
  const monthLabels = [...firstLabel, ...starts];
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const summary = `Reviews per day over the last year: ${plural(total, "review")} on ${plural(active, "day")}${max > 0 ? `, at most ${max} in a day` : ""}.`;
  const shades = LEVELS.map((_, shade) =>
    days
      .flatMap((d, i) => {
        if (level(d.count, max) !== shade) return [];
        const { x, y } = cellOrigin(i, offset);
        return [`M${x} ${y}h${CELL}v${CELL}h-${CELL}z`];
      })
      .join(""),
  );
  return (
    <HeatmapDays days={days.map((d) => [d.key, d.count])} offset={offset}>
      <svg role="img" aria-label={summary} width={LEFT + weeks * STEP} height={TOP + 7 * STEP} className="block shrink-0 text-slate-600 dark:text-slate-400">
        {monthLabels.map((m) => (
          <text key={`${m.column}-${m.label}`} x={LEFT + m.column * STEP} y={10} className="fill-current text-[10px]">
            {m.label}
          </text>
        ))}
        {["Mon", "Wed", "Fri"].map((label, i) => (
          <text key={label} x={0} y={TOP + (1 + i * 2) * STEP + CELL - 2} className="fill-current text-[9px]">
            {label}
          </text>
        ))}
        {shades.map((d, shade) => (d ? <path key={LEVELS[shade]} d={d} data-shade={shade} className={LEVELS[shade]} /> : null))}
      </svg>
    </HeatmapDays>
  );
}
