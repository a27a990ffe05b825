import { formatPercent } from "@/lib/domain/format";
import type { StudentReadiness } from "@/lib/server/review/targets";
import { Panel } from "@/components/ui/panel";

// A share (0..1) as the percentage the gradebook shows.
const percent = (share: number) => formatPercent(share * 100);

// The instructor's view of study for a date: each student's predicted recall of the assignment's
// material on the due date (from their own FSRS memory), and the class mean.
export function ClassReadiness({ students, classMean, targetRecall }: { students: readonly StudentReadiness[]; classMean: number | null; targetRecall: number }) {
  return (
    <Panel id="class-readiness-heading" title="Class readiness">
      <p className="text-slate-700 dark:text-slate-300">
        Predicted recall on the due date of the flashcards this assignment draws on, if each student reviewed nothing more (cards not studied yet count as forgotten). The goal is {percent(targetRecall)}.
      </p>
      {classMean === null ? (
        <p>No students in the class yet.</p>
      ) : (
        <>
          <p className="text-lg">
            Class mean: <strong>{percent(classMean)}</strong>
          </p>
          <div className="overflow-x-auto">
            <table className="w-full text-left">
              <caption className="sr-only">Predicted recall on the due date per student</caption>
              <thead>
                <tr className="border-b border-slate-300 dark:border-slate-600">
                  <th scope="col" className="py-2 pr-4">Student</th>
                  <th scope="col" className="py-2 pr-4">On the due date</th>
                  <th scope="col" className="py-2 pr-4">Today</th>
                  <th scope="col" className="py-2">Not studied yet</th>
                </tr>
              </thead>
              <tbody>
                {students.map((s) => (
                  <tr key={s.userId} className="border-b border-slate-200 dark:border-slate-700">
                    <th scope="row" className="py-2 pr-4 font-normal">{s.name}</th>
                    <td className="py-2 pr-4">{percent(s.onDate)}</td>
                    <td className="py-2 pr-4">{percent(s.today)}</td>
                    <td className="py-2">
                      {s.unseen} of {s.total}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Panel>
  );
}
