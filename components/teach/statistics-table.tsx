import { flagLabel } from "@/lib/domain/classes/statistics";
import type { ReportStatistic } from "@/lib/server/assignments/report";
import { Term } from "@/components/ui/term";

const number = (value: number | null) => (value === null ? "n/a" : value.toFixed(1));

// Item statistics: one block per question with facility, discrimination, flags and, for choice
// questions, how often each option was picked.
export function StatisticsTable({ statistics }: { statistics: readonly ReportStatistic[] }) {
  if (statistics.length === 0) return <p>Statistics appear once students hand in attempts.</p>;
  return (
    <ol className="flex flex-col gap-4">
      {statistics.map((s, i) => (
        <li key={s.questionId} className="flex flex-col gap-2 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <h3 className="font-semibold">
            {i + 1}. {s.prompt}
          </h3>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr_auto_1fr_auto_1fr]">
            <Term label="Attempts">{s.attempts}</Term>
            <Term label="Facility index">{s.facility === null ? "n/a" : `${number(s.facility)}%`}</Term>
            <Term label="Discrimination index">{number(s.discrimination)}</Term>
          </dl>
          {s.flags.length > 0 ? (
            <ul className="flex flex-wrap gap-2" aria-label="Flags">
              {s.flags.map((f) => (
                <li key={f} className="rounded bg-amber-100 px-2 py-0.5 text-sm font-medium text-amber-900">
                  Flag: {flagLabel(f)}
                </li>
              ))}
            </ul>
          ) : null}
          {s.optionCounts ? (
            <table className="w-full text-left text-sm">
              <caption className="sr-only">How often each option was chosen</caption>
              <thead>
                <tr className="border-b border-slate-200 dark:border-slate-800">
                  <th scope="col" className="py-1">Option</th>
                  <th scope="col" className="py-1">Chosen</th>
                </tr>
              </thead>
              <tbody>
                {s.optionCounts.map((o, k) => (
                  <tr key={k} className="border-b border-slate-100 dark:border-slate-900">
                    <th scope="row" className="py-1 font-normal">
                      {o.label}
                      {o.correct ? <span className="ml-2 text-green-800 dark:text-green-300">(right)</span> : null}
                    </th>
                    <td className="py-1">{o.count}</td>
                  </tr>
                ))}
                {s.unanswered > 0 ? (
                  <tr>
                    <th scope="row" className="py-1 font-normal italic">No answer</th>
                    <td className="py-1">{s.unanswered}</td>
                  </tr>
                ) : null}
              </tbody>
            </table>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
