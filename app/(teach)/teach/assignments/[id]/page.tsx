import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AssignmentTimes } from "@/components/classes/assignment-times";
import { LocalTime } from "@/components/classes/local-time";
import { AttemptsTable } from "@/components/teach/attempts-table";
import { ClassReadiness } from "@/components/teach/class-readiness";
import { StatisticsTable } from "@/components/teach/statistics-table";
import { requireRole } from "@/lib/server/auth";
import { deleteAssignmentAction } from "@/lib/server/actions/assignments";
import { assignmentReadiness } from "@/lib/server/review/targets";
import { buildAssignmentReport } from "@/lib/server/assignments/report";
import { Panel } from "@/components/ui/panel";
import { BackLink, TextLink } from "@/components/ui/text-link";
import { rowIdParam } from "@/lib/server/page-params";
import { Term } from "@/components/ui/term";
import { DangerZone, RemovalForm } from "@/components/ui/danger-zone";

export const metadata: Metadata = { title: "Assignment report" };

const feedbackText: Record<string, string> = { immediately: "Immediately", after_due: "After the due date", never: "Never (score only)" };
const gradingText: Record<string, string> = { highest: "Highest attempt", last: "Last attempt", average: "Average of attempts" };

// One of the instructor's assignments: its rules, every attempt, and item statistics.
export default async function TeachAssignmentPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole("instructor");
  const id = await rowIdParam(params);
  const now = new Date();
  const [report, readiness] = await Promise.all([buildAssignmentReport(user.id, id, now), assignmentReadiness(user.id, id, now)]);
  if (!report) notFound();
  const a = report.assignment;
  return (
    <div className="flex flex-col gap-8">
      <BackLink href={`/teach/classes/${a.class.id}`}>{a.class.name}</BackLink>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{a.title}</h1>
        <Link href={`/teach/assignments/${a.id}/edit`} className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 px-4 py-2 font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
          Edit assignment
        </Link>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <Term label="Question set">
          <TextLink href={`/teach/sets/${a.set.id}`}>
            {a.set.title}
          </TextLink>
        </Term>
        <AssignmentTimes assignment={a} />
        <Term label="Attempts allowed">{a.attemptsAllowed ?? "Unlimited"}</Term>
        <Term label="Grading">{gradingText[a.gradingMethod] ?? a.gradingMethod}</Term>
        <Term label="Feedback">{feedbackText[a.feedback] ?? a.feedback}</Term>
        <Term label="Late work">
          {a.lateWork !== "accept" ? (
            "Refused"
          ) : a.cutoffAt ? (
            <>
              Accepted until <LocalTime iso={a.cutoffAt.toISOString()} fallbackZone={a.timeZone} />, marked late
            </>
          ) : (
            "Accepted with no cut-off: set one (Edit assignment), or feedback “after the due date” is never released"
          )}
        </Term>
        <Term label="Self-study">{a.holdOutOfSelfStudy ? "Its questions are held out of your students’ practice until no one can submit" : "Its bank questions stay in practice quizzes"}</Term>
        <Term label="Shuffle">{[a.shuffleQuestions ? "questions" : null, a.shuffleOptions ? "options" : null].filter(Boolean).join(" and ") || "Nothing"}</Term>
      </dl>
      <Panel id="attempts-heading" title="Attempts">
        <AttemptsTable assignmentId={a.id} rows={report.rows} timeZone={a.timeZone} />
      </Panel>
      {readiness?.view === "instructor" ? <ClassReadiness students={readiness.students} classMean={readiness.classMean} targetRecall={readiness.targetRecall} /> : null}
      <Panel id="stats-heading" title="Item statistics">
        <p className="text-slate-700 dark:text-slate-300">
          Over {report.gradedAttempts} graded {report.gradedAttempts === 1 ? "attempt" : "attempts"} (the ones the grading method counts). Facility: mean score as a percentage. Discrimination: correlation of the
          question with the rest of the test (×100). Flagged: facility under 20% or over 95%, or negative discrimination.
        </p>
        <StatisticsTable statistics={report.statistics} />
      </Panel>
      <DangerZone title="Delete this assignment">
        <RemovalForm action={deleteAssignmentAction} ids={{ assignmentId: a.id }} button="Delete assignment">
          This removes the assignment from {a.class.name} and deletes the {report.rows.length} {report.rows.length === 1 ? "attempt" : "attempts"} students made at it, with their grades. It cannot be undone.
        </RemovalForm>
      </DangerZone>
    </div>
  );
}
