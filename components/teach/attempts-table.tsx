import { Link } from "@/components/ui/link";
import { LocalTime } from "@/components/classes/local-time";
import { formatPercent } from "@/lib/domain/format";
import type { ReportRow } from "@/lib/server/assignments/report";

const statusText = { "in-progress": "In progress", finished: "Handed in", "timed-out": "Time ran out" } as const;

// Every attempt at an assignment: who, when, score and late mark; each opens its review.
export function AttemptsTable({ assignmentId, rows, timeZone }: { assignmentId: string; rows: readonly ReportRow[]; timeZone: string }) {
  if (rows.length === 0) return <p>No attempts yet.</p>;
  return (
    <div className="overflow-x-auto" role="region" aria-labelledby="attempts-caption" tabIndex={0}>
      <table className="w-full text-left">
        <caption id="attempts-caption" className="sr-only">
          Every attempt, by student
        </caption>
        <thead>
          <tr className="border-b border-slate-200 dark:border-slate-800">
            <th scope="col" className="p-2">Student</th>
            <th scope="col" className="p-2">Attempt</th>
            <th scope="col" className="p-2">Started</th>
            <th scope="col" className="p-2">Status</th>
            <th scope="col" className="p-2">Score</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-100 dark:border-slate-900">
              <th scope="row" className="p-2 font-normal">{r.student.name}</th>
              <td className="p-2">
                <Link href={`/teach/assignments/${assignmentId}/attempts/${r.id}`} className="tap text-brand-700 underline dark:text-brand-100" aria-label={`Review ${r.student.name}'s attempt ${r.number}`}>
                  {r.number}
                </Link>
              </td>
              <td className="p-2">
                <LocalTime iso={r.startedAt.toISOString()} fallbackZone={timeZone} />
              </td>
              <td className="p-2">
                {statusText[r.status]}
                {r.late ? <span className="ml-2 rounded bg-amber-100 px-1 text-sm text-amber-900">late</span> : null}
              </td>
              <td className="p-2">{r.percent === null ? "Not yet" : formatPercent(r.percent)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
