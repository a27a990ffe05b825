import { summarizeSession, type SessionReview } from "@/lib/domain/review/session-summary";
import { formatDuration, formatPercent } from "@/lib/domain/format";
import { Panel } from "@/components/ui/panel";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

// What this session added up to, shown once no card is due: figures as text, not only a picture.
export function SessionSummaryPanel({ reviews }: { reviews: readonly SessionReview[] }) {
  const s = summarizeSession(reviews);
  const grades = [
    ["Again", s.byGrade.again, "bg-red-600"],
    ["Hard", s.byGrade.hard, "bg-amber-500"],
    ["Good", s.byGrade.good, "bg-green-600"],
    ["Easy", s.byGrade.easy, "bg-sky-600"],
  ] as const;
  return (
    <Panel id="session-summary-heading" title="This session" className="flex flex-col gap-3 rounded-xl border border-slate-200 p-6 dark:border-slate-700">
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <div>
          <dt className="text-sm text-slate-700 dark:text-slate-300">Cards reviewed</dt>
          <dd className="text-2xl font-semibold" data-testid="session-cards">
            {s.cards}
          </dd>
          {s.reviews !== s.cards ? <dd className="text-sm text-slate-700 dark:text-slate-300">{plural(s.reviews, "review")} in all</dd> : null}
        </div>
        <div>
          <dt className="text-sm text-slate-700 dark:text-slate-300">Time spent</dt>
          <dd className="text-2xl font-semibold">{formatDuration(s.seconds)}</dd>
          <dd className="text-sm text-slate-700 dark:text-slate-300">{s.secondsPerReview < 1 ? "under 1 s" : formatDuration(s.secondsPerReview)} per review</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700 dark:text-slate-300">Again rate</dt>
          <dd className="text-2xl font-semibold" data-testid="session-again-rate">
            {formatPercent(s.againPercent)}
          </dd>
          <dd className="text-sm text-slate-700 dark:text-slate-300">{s.byGrade.again} of {plural(s.reviews, "review")} answered Again</dd>
        </div>
      </dl>
      <h3 className="font-semibold">Grades</h3>
      <ul className="flex flex-col gap-1" aria-label="Grades given this session">
        {grades.map(([name, count, color]) => (
          <li key={name} className="grid grid-cols-[4rem_1fr_2.5rem] items-center gap-2 text-sm">
            <span>{name}</span>
            <span aria-hidden="true" className="h-2 rounded bg-slate-200 dark:bg-slate-700">
              <span className={`block h-2 rounded ${color}`} style={{ width: `${s.reviews ? (count / s.reviews) * 100 : 0}%` }} />
            </span>
            <span className="text-right tabular-nums">{count}</span>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
