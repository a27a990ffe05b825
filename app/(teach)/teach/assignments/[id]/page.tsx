import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { LocalTime } from "@/components/classes/local-time";
import { AttemptsTable } from "@/components/teach/attempts-table";
import { ClassReadiness } from "@/components/teach/class-readiness";
import { Button } from "@/components/ui/button";
import { StatisticsTable } from "@/components/teach/statistics-table";
import { rowIdSchema } from "@/lib/schemas/classes";
import { requireRole } from "@/lib/server/auth";
import { deleteAssignmentAction } from "@/lib/server/actions/assignments";
import { assignmentReadiness } from "@/lib/server/review/targets";
import { buildAssignmentReport } from "@/lib/server/assignments/report";

export const metadata: Metadata = { title: "Assignment report" };

const feedbackText: Record<string, string> = { immediately: "Immediately", after_due: "After the due date", never: "Never (score only)" };
const gradingText: Record<string, string> = { highest: "Highest attempt", last: "Last attempt", average: "Average of attempts" };

// One of the instructor's assignments: its rules, every attempt, and item statistics.
export default async function TeachAssignmentPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole("instructor");
  const id = rowIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const now = new Date();
  const [report, readiness] = await Promise.all([buildAssignmentReport(user.id, id.data, now), assignmentReadiness(user.id, id.data, now)]);
  if (!report) notFound();
  const a = report.assignment;
  return (
    <div className="flex flex-col gap-8">
      <p>
        <Link href={`/teach/classes/${a.class.id}`} className="tap text-brand-700 underline dark:text-brand-100">
          {a.class.name}
        </Link>
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{a.title}</h1>
        <Link href={`/teach/assignments/${a.id}/edit`} className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 px-4 py-2 font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
          Edit assignment
        </Link>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">Question set</dt>
        <dd>
          <Link href={`/teach/sets/${a.set.id}`} className="tap text-brand-700 underline dark:text-brand-100">
            {a.set.title}
          </Link>
        </dd>
        <dt className="font-medium">Opens</dt>
        <dd>
          <LocalTime iso={a.opensAt.toISOString()} fallbackZone={a.timeZone} />
        </dd>
        <dt className="font-medium">Due</dt>
        <dd>
          <LocalTime iso={a.dueAt.toISOString()} fallbackZone={a.timeZone} />
        </dd>
        <dt className="font-medium">Time limit</dt>
        <dd>{a.timeLimitSeconds ? `${Math.round(a.timeLimitSeconds / 60)} minutes` : "None"}</dd>
        <dt className="font-medium">Attempts allowed</dt>
        <dd>{a.attemptsAllowed ?? "Unlimited"}</dd>
        <dt className="font-medium">Grading</dt>
        <dd>{gradingText[a.gradingMethod] ?? a.gradingMethod}</dd>
        <dt className="font-medium">Feedback</dt>
        <dd>{feedbackText[a.feedback] ?? a.feedback}</dd>
        <dt className="font-medium">Late work</dt>
        <dd>
          {a.lateWork !== "accept" ? (
            "Refused"
          ) : a.cutoffAt ? (
            <>
              Accepted until <LocalTime iso={a.cutoffAt.toISOString()} fallbackZone={a.timeZone} />, marked late
            </>
          ) : (
            "Accepted with no cut-off: set one (Edit assignment), or feedback “after the due date” is never released"
          )}
        </dd>
        <dt className="font-medium">Self-study</dt>
        <dd>{a.holdOutOfSelfStudy ? "Its questions are held out of your students’ practice until no one can submit" : "Its bank questions stay in practice quizzes"}</dd>
        <dt className="font-medium">Shuffle</dt>
        <dd>{[a.shuffleQuestions ? "questions" : null, a.shuffleOptions ? "options" : null].filter(Boolean).join(" and ") || "Nothing"}</dd>
      </dl>
      <section aria-labelledby="attempts-heading" className="flex flex-col gap-3">
        <h2 id="attempts-heading" className="text-xl font-semibold">
          Attempts
        </h2>
        <AttemptsTable assignmentId={a.id} rows={report.rows} timeZone={a.timeZone} />
      </section>
      {readiness?.view === "instructor" ? <ClassReadiness students={readiness.students} classMean={readiness.classMean} targetRecall={readiness.targetRecall} /> : null}
      <section aria-labelledby="stats-heading" className="flex flex-col gap-3">
        <h2 id="stats-heading" className="text-xl font-semibold">
          Item statistics
        </h2>
        <p className="text-slate-700 dark:text-slate-300">
          Over {report.gradedAttempts} graded {report.gradedAttempts === 1 ? "attempt" : "attempts"} (the ones the grading method counts). Facility: mean score as a percentage. Discrimination: correlation of the
          question with the rest of the test (×100). Flagged: facility under 20% or over 95%, or negative discrimination.
        </p>
        <StatisticsTable statistics={report.statistics} />
      </section>
      <details className="rounded-lg border border-red-300 p-4 dark:border-red-800">
        <summary className="cursor-pointer font-medium text-red-800 dark:text-red-300">Delete this assignment</summary>
        <form action={deleteAssignmentAction} className="mt-3 flex flex-col items-start gap-3">
          <input type="hidden" name="assignmentId" value={a.id} />
          <p>
            This removes the assignment from {a.class.name} and deletes the {report.rows.length} {report.rows.length === 1 ? "attempt" : "attempts"} students made at it, with their grades. It cannot be undone.
          </p>
          <Button type="submit" variant="danger">
            Delete assignment
          </Button>
        </form>
      </details>
    </div>
  );
}
