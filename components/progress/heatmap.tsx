import type { DayCount } from "@/lib/domain/progress/activity";

const CELL = 11;
const GAP = 2;
const STEP = CELL + GAP;
const TOP = 14;
const LEFT = 24;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LEVELS = ["fill-slate-100 dark:fill-slate-800", "fill-green-200 dark:fill-green-900", "fill-green-400 dark:fill-green-700", "fill-green-600 dark:fill-green-500", "fill-green-800 dark:fill-green-300"];

const weekday = (key: string) => new Date(`${key}T00:00:00Z`).getUTCDay();
const level = (count: number, max: number) => (count === 0 ? 0 : Math.min(4, Math.ceil((count / Math.max(1, max)) * 4)));

// Reviews per study day over the last year, GitHub style: a column per week, a row per weekday.
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
  // Wider than a phone: the box scrolls (and takes focus, so the keyboard can scroll it), and the
  // reversed flex row makes it open at its right end, today, rather than a year ago.
  return (
    <div tabIndex={0} role="group" aria-label="Reviews per day, scrollable" className="flex flex-row-reverse overflow-x-auto">
      <svg role="img" aria-label={summary} width={LEFT + weeks * STEP} height={TOP + 7 * STEP} className="shrink-0 text-slate-600 dark:text-slate-400">
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
        {days.map((d, i) => (
          <rect key={d.key} x={LEFT + Math.floor((offset + i) / 7) * STEP} y={TOP + ((offset + i) % 7) * STEP} width={CELL} height={CELL} rx={2} className={LEVELS[level(d.count, max)]}>
            <title>{`${d.key}: ${d.count} review${d.count === 1 ? "" : "s"}`}</title>
          </rect>
        ))}
      </svg>
    </div>
  );
}
