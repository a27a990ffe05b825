import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { formatPercent } from "@/lib/domain/format";
import { formatPoints } from "@/lib/domain/classes/grading";
import { rowIdSchema } from "@/lib/schemas/classes";
import { requireRole } from "@/lib/server/auth";
import { buildGradebook } from "@/lib/server/classes/gradebook";

export const metadata: Metadata = { title: "Gradebook" };

const methodText: Record<string, string> = { highest: "highest", last: "last", average: "average" };

// The class gradebook: students × assignments, each grade by the assignment's method as a percentage
// with its points, late marked; under each assignment the class average and median of the members.
export default async function GradebookPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole("instructor");
  const id = rowIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const book = await buildGradebook(user.id, id.data, new Date());
  if (!book) notFound();
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href={`/teach/classes/${book.classId}`} className="tap text-brand-700 underline dark:text-brand-100">
          {book.className}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Gradebook</h1>
      <p>
        <a href={`/api/v1/classes/${book.classId}/gradebook.csv`} download className="tap text-brand-700 underline dark:text-brand-100">
          Download CSV
        </a>
      </p>
      {book.rows.length === 0 || book.assignments.length === 0 ? (
        <p>Grades appear here once the class has students and assignments.</p>
      ) : (
        <div className="overflow-x-auto" role="region" aria-labelledby="gradebook-caption" tabIndex={0}>
          <table className="w-full text-left">
            <caption id="gradebook-caption" className="sr-only">
              Grades by student and assignment
            </caption>
            <thead>
              <tr className="border-b border-slate-200 dark:border-slate-800">
                <th scope="col" className="p-2">
                  Student
                </th>
                {book.assignments.map((a) => (
                  <th key={a.id} scope="col" className="p-2">
                    <Link href={`/teach/assignments/${a.id}`} className="tap text-brand-700 underline dark:text-brand-100">
                      {a.title}
                    </Link>
                    <span className="block text-sm font-normal text-slate-700 dark:text-slate-300">{methodText[a.gradingMethod] ?? "highest"}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {book.rows.map((row) => (
                <tr key={row.student.id} className="border-b border-slate-100 dark:border-slate-900">
                  <th scope="row" className="p-2 font-normal">
                    <Link href={`/teach/classes/${book.classId}/students/${row.student.id}`} className="tap text-brand-700 underline dark:text-brand-100">
                      {row.student.name}
                    </Link>
                    {row.removed ? <span className="ml-2 rounded bg-slate-200 px-1.5 text-sm dark:bg-slate-700">removed</span> : null}
                    <span className="block text-sm text-slate-700 dark:text-slate-300">{row.student.email}</span>
                  </th>
                  {row.cells.map((cell, i) => (
                    <td key={book.assignments[i]!.id} className="p-2">
                      {cell.grade ? formatPercent(cell.grade.percent) : cell.attempts > 0 ? "In progress" : <span className="text-slate-600 dark:text-slate-400">Not taken</span>}
                      {cell.grade?.late ? <span className="ml-2 rounded bg-amber-100 px-1 text-sm text-amber-900">late</span> : null}
                      {cell.extension ? <span className="ml-2 rounded bg-sky-100 px-1 text-sm text-sky-900">extended</span> : null}
                      {cell.grade?.override ? <span className="ml-2 rounded bg-violet-100 px-1 text-sm text-violet-900">set by you</span> : null}
                      {cell.grade ? <span className="block text-sm text-slate-700 dark:text-slate-300">{formatPoints(cell.grade.points, cell.grade.maxPoints)} points</span> : null}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              {(["average", "median"] as const).map((figure) => (
                <tr key={figure} className="border-t-2 border-slate-300 dark:border-slate-700">
                  <th scope="row" className="p-2">
                    {figure === "average" ? "Class average" : "Median"}
                  </th>
                  {book.summaries.map((summary, i) => (
                    <td key={book.assignments[i]!.id} className="p-2">
                      {summary ? formatPercent(summary[figure]) : "–"}
                      {summary && figure === "average" ? <span className="block text-sm text-slate-700 dark:text-slate-300">of {summary.count} graded</span> : null}
                    </td>
                  ))}
                </tr>
              ))}
            </tfoot>
          </table>
        </div>
      )}
    </div>
  );
}
