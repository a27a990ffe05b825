import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { LocalTime } from "@/components/classes/local-time";
import { ExtensionForm } from "@/components/teach/extension-form";
import { GradeOverrideForm } from "@/components/teach/grade-override-form";
import { formatPercent } from "@/lib/domain/format";
import { formatPoints } from "@/lib/domain/classes/grading";
import { rowIdSchema } from "@/lib/schemas/classes";
import { requireRole } from "@/lib/server/auth";
import { listStudentAttempts } from "@/lib/server/data/gradebook";
import { buildGradebook } from "@/lib/server/classes/gradebook";

export const metadata: Metadata = { title: "Student" };

// One student of the instructor's class, from the gradebook: each assignment's grade (percentage
// and points), attempts (each opens its answer-by-answer review) and their extension; the extension and a grade of the instructor's own
// (with its reason) are set here. Another instructor's class, or
// someone not in it, is a 404; a student gets the 403 page.
export default async function TeachStudentPage({ params }: { params: Promise<{ id: string; userId: string }> }) {
  const user = await requireRole("instructor");
  const raw = await params;
  const classId = rowIdSchema.safeParse(raw.id);
  const userId = rowIdSchema.safeParse(raw.userId);
  if (!classId.success || !userId.success) notFound();
  const [book, attempts] = await Promise.all([buildGradebook(user.id, classId.data, new Date()), listStudentAttempts(user.id, classId.data, userId.data)]);
  const row = book?.rows.find((r) => r.student.id === userId.data);
  if (!book || !row) notFound();
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href={`/teach/classes/${book.classId}/gradebook`} className="tap text-brand-700 underline dark:text-brand-100">
          Gradebook of {book.className}
        </Link>
      </p>
      <h1 className="text-3xl font-bold break-words">{row.student.name}</h1>
      <p className="break-all text-slate-700 dark:text-slate-300">
        {row.student.email}
        {row.removed ? " · removed from the class" : null}
      </p>
      {book.assignments.length === 0 ? <p>The class has no assignments yet.</p> : null}
      <ul className="flex flex-col gap-6">
        {book.assignments.map((a, i) => {
          const cell = row.cells[i]!;
          const mine = attempts.filter((t) => t.assignmentId === a.id);
          return (
            <li key={a.id} className="flex flex-col gap-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
              <h2 className="text-xl font-semibold">
                <Link href={`/teach/assignments/${a.id}`} className="tap text-brand-700 underline dark:text-brand-100">
                  {a.title}
                </Link>
              </h2>
              <p>
                {cell.grade ? `${formatPercent(cell.grade.percent)} (${formatPoints(cell.grade.points, cell.grade.maxPoints)} points)` : cell.attempts > 0 ? "In progress" : "Not taken"}
                {cell.grade?.override ? ` · set by you: ${cell.grade.override.reason}` : null}
                {cell.grade?.late ? " · late" : null} · {cell.attempts} {cell.attempts === 1 ? "attempt" : "attempts"} · class due date <LocalTime iso={a.dueAt.toISOString()} fallbackZone="UTC" />
              </p>
              {mine.length > 0 ? (
                <ul className="flex flex-wrap gap-x-4" aria-label={`Attempts at ${a.title}`}>
                  {mine.map((t, n) => (
                    <li key={t.id}>
                      <Link href={`/teach/assignments/${a.id}/attempts/${t.id}`} className="tap text-brand-700 underline dark:text-brand-100">
                        Review attempt {n + 1}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : null}
              {cell.extension ? (
                <p className="font-medium">
                  Extension: {cell.extension.dueAt ? <>due <LocalTime iso={cell.extension.dueAt.toISOString()} fallbackZone="UTC" /></> : "the class's due date"}
                  {cell.extension.extraAttempts > 0 ? `, ${cell.extension.extraAttempts} extra ${cell.extension.extraAttempts === 1 ? "attempt" : "attempts"}` : null}
                </p>
              ) : null}
              <h3 className="border-t border-slate-200 pt-3 font-semibold dark:border-slate-800">Grade of your own</h3>
              <GradeOverrideForm assignmentId={a.id} userId={row.student.id} percent={cell.grade?.override?.percent ?? null} reason={cell.grade?.override?.reason ?? ""} label={`Grade for ${a.title}`} />
              {row.removed ? null : <h3 className="border-t border-slate-200 pt-3 font-semibold dark:border-slate-800">Extension</h3>}
              {row.removed ? null : (
                <ExtensionForm assignmentId={a.id} userId={row.student.id} dueAt={cell.extension?.dueAt?.toISOString() ?? null} extraAttempts={cell.extension?.extraAttempts ?? 0} label={`Extension on ${a.title}`} />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
