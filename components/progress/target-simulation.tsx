import { formatPercent } from "@/lib/domain/format";
import type { TargetSimulation } from "@/lib/server/review/target-simulation";

// The simulator's figures for one study target: reviews per day at each desired retention (lines,
// at the new-card pace the target needs), and a table of every choice with its recall on the date.
// The table is the chart's text alternative; the labels are HTML, so they stay readable on a phone.

const WIDTH = 600;
const HEIGHT = 140;
const LINES = [
  { className: "stroke-sky-700 dark:stroke-sky-300", dash: undefined },
  { className: "stroke-emerald-700 dark:stroke-emerald-300", dash: "10 5" },
  { className: "stroke-amber-700 dark:stroke-amber-300", dash: "3 4" },
  { className: "stroke-rose-700 dark:stroke-rose-300", dash: "12 4 3 4" },
] as const;

const percent = (share: number) => formatPercent(share * 100);
const perDay = (n: number) => (n < 10 ? n.toFixed(1) : String(Math.round(n)));
const newCards = (n: number) => `${n} new card${n === 1 ? "" : "s"} a day`;

// The chart and its table.
export function TargetSimulationView({ simulation, title }: { simulation: TargetSimulation; title: string }) {
  const lines = simulation.choices.filter((c) => c.newPerDay === simulation.pacedPerDay || simulation.newLimits.length === 1);
  const max = Math.max(1, ...lines.flatMap((c) => c.result.reviewsPerDay));
  const step = WIDTH / Math.max(1, simulation.days - 1);
  const summary = `Simulated reviews per day for ${title} over ${simulation.days} days at ${newCards(simulation.pacedPerDay)}: ${lines
    .map((c) => `retention ${percent(c.desiredRetention)}, ${perDay(c.result.totalReviews / simulation.days)} a day, recall on the date ${percent(c.result.recallOnDate)}`)
    .join("; ")}.`;
  return (
    <figure className="flex w-full max-w-2xl flex-col gap-2">
      <figcaption className="text-sm font-medium">Simulated reviews per day by desired retention ({newCards(simulation.pacedPerDay)})</figcaption>
      <div className="flex gap-2 text-xs text-slate-600 dark:text-slate-400">
        <div aria-hidden="true" className="flex h-36 flex-col justify-between pb-5 text-right">
          <span>{Math.ceil(max)}</span>
          <span>0</span>
        </div>
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <svg role="img" aria-label={summary} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" className="h-30 w-full">
            <line x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} vectorEffect="non-scaling-stroke" className="stroke-slate-300 dark:stroke-slate-600" />
            {lines.map((c, i) => (
              <polyline
                key={c.desiredRetention}
                fill="none"
                strokeWidth={2}
                vectorEffect="non-scaling-stroke"
                strokeDasharray={LINES[i % LINES.length]!.dash}
                className={LINES[i % LINES.length]!.className}
                points={c.result.reviewsPerDay.map((n, day) => `${(day * step).toFixed(1)},${(HEIGHT - (n / max) * (HEIGHT - 4)).toFixed(1)}`).join(" ")}
              />
            ))}
          </svg>
          <div aria-hidden="true" className="flex justify-between">
            <span>Today</span>
            <span>+{simulation.days - 1}d</span>
          </div>
        </div>
      </div>
      <ul aria-hidden="true" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {lines.map((c, i) => (
          <li key={c.desiredRetention} className="flex items-center gap-1">
            <svg width="28" height="8" aria-hidden="true">
              <line x1={0} x2={28} y1={4} y2={4} strokeWidth={2} strokeDasharray={LINES[i % LINES.length]!.dash} className={LINES[i % LINES.length]!.className} />
            </svg>
            {percent(c.desiredRetention)}
          </li>
        ))}
      </ul>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Simulated choices for {title}</caption>
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-700">
              <th scope="col" className="py-1 pr-3 font-medium">Desired retention</th>
              <th scope="col" className="py-1 pr-3 font-medium">New cards a day</th>
              <th scope="col" className="py-1 pr-3 font-medium">Reviews a day (peak)</th>
              <th scope="col" className="py-1 font-medium">Recall on the date</th>
            </tr>
          </thead>
          <tbody>
            {simulation.choices.map((c) => (
              <tr key={`${c.desiredRetention}:${c.newPerDay}`} className="border-b border-slate-100 dark:border-slate-800">
                <td className="py-1 pr-3">
                  {percent(c.desiredRetention)}
                  {Math.abs(c.desiredRetention - simulation.currentRetention) < 1e-9 ? " (yours)" : ""}
                </td>
                <td className="py-1 pr-3">{c.newPerDay}</td>
                <td className="py-1 pr-3">
                  {perDay(c.result.totalReviews / simulation.days)} ({Math.round(Math.max(0, ...c.result.reviewsPerDay))})
                </td>
                <td className="py-1">{percent(c.result.recallOnDate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
