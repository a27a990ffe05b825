import type { DayCount } from "@/lib/domain/progress/activity";

const WIDTH = 600;
const HEIGHT = 140;

// Cards falling due on each of the next 30 study days (overdue ones count today), as bars. The bars
// stretch to the width; the labels are HTML text, so they stay readable however narrow the chart.
export function ForecastChart({ days }: { days: DayCount[] }) {
  const max = Math.max(1, ...days.map((d) => d.count));
  const total = days.reduce((sum, d) => sum + d.count, 0);
  const slot = WIDTH / Math.max(1, days.length);
  const summary = `Due in the next ${days.length} days: ${total} cards; ${days[0]?.count ?? 0} today, ${days[1]?.count ?? 0} tomorrow, at most ${max} on one day.`;
  return (
    <figure className="flex w-full max-w-2xl gap-2 text-xs text-slate-600 dark:text-slate-400">
      <div aria-hidden="true" className="flex h-36 flex-col justify-between pb-5 text-right">
        <span>{max}</span>
        <span>0</span>
      </div>
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <svg role="img" aria-label={summary} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" className="h-30 w-full">
          <line x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} vectorEffect="non-scaling-stroke" className="stroke-slate-300 dark:stroke-slate-600" />
          {days.map((d, i) => {
            const h = (d.count / max) * (HEIGHT - 4);
            return (
              <rect key={d.key} x={i * slot + 1} y={HEIGHT - h} width={Math.max(1, slot - 2)} height={h} className="fill-brand-600">
                <title>{`${d.key}: ${d.count} due`}</title>
              </rect>
            );
          })}
        </svg>
        <div aria-hidden="true" className="relative h-4">
          {[0, 7, 14, 21, 28]
            .filter((i) => i < days.length)
            .map((i) => (
              <span key={i} data-testid="forecast-label" className="absolute top-0" style={{ left: `${(i / Math.max(1, days.length)) * 100}%` }}>
                {i === 0 ? "Today" : `+${i}d`}
              </span>
            ))}
        </div>
      </div>
    </figure>
  );
}
