import type { DayCount } from "@/lib/domain/progress/activity";

const WIDTH = 600;
const HEIGHT = 160;
const BOTTOM = 18;
const LEFT = 28;

// Cards falling due on each of the next 30 study days (overdue ones count today), as bars.
export function ForecastChart({ days }: { days: DayCount[] }) {
  const max = Math.max(1, ...days.map((d) => d.count));
  const total = days.reduce((sum, d) => sum + d.count, 0);
  const slot = (WIDTH - LEFT) / Math.max(1, days.length);
  const plot = HEIGHT - BOTTOM - 8;
  const summary = `Due in the next ${days.length} days: ${total} cards; ${days[0]?.count ?? 0} today, ${days[1]?.count ?? 0} tomorrow, at most ${max} on one day.`;
  return (
    <svg role="img" aria-label={summary} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="w-full max-w-2xl text-slate-600 dark:text-slate-400">
      <text x={0} y={12} className="fill-current text-[10px]">
        {max}
      </text>
      <text x={0} y={HEIGHT - BOTTOM} className="fill-current text-[10px]">
        0
      </text>
      <line x1={LEFT} x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} className="stroke-slate-300 dark:stroke-slate-600" />
      {days.map((d, i) => {
        const h = (d.count / max) * plot;
        return (
          <rect key={d.key} x={LEFT + i * slot + 1} y={HEIGHT - BOTTOM - h} width={Math.max(1, slot - 2)} height={h} className="fill-brand-600">
            <title>{`${d.key}: ${d.count} due`}</title>
          </rect>
        );
      })}
      {[0, 7, 14, 21, 28].filter((i) => i < days.length).map((i) => (
        <text key={i} x={LEFT + i * slot} y={HEIGHT - 4} className="fill-current text-[10px]">
          {i === 0 ? "Today" : `+${i}d`}
        </text>
      ))}
    </svg>
  );
}
