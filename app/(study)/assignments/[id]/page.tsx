import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound, redirect } from "next/navigation";
import { AssignmentTimes } from "@/components/classes/assignment-times";
import { LocalTime } from "@/components/classes/local-time";
import { StartAssignmentForm } from "@/components/classes/start-assignment-form";
import { AssignmentReadiness } from "@/components/review/assignment-readiness";
import { refusalMessage } from "@/lib/domain/classes/availability";
import { formatPercent } from "@/lib/domain/format";
import { requireUser } from "@/lib/server/auth";
import { assignmentReadiness, listTargetViews } from "@/lib/server/review/targets";
import { getStudentAssignment } from "@/lib/server/assignments/student";
import { Panel } from "@/components/ui/panel";
import { BackLink, TextLink } from "@/components/ui/text-link";
import { rowIdParam } from "@/lib/server/page-params";
import { Term } from "@/components/ui/term";

export const metadata: Metadata = { title: "Assignment" };

const feedbackText: Record<string, string> = {
  immediately: "You see your answers marked with explanations as soon as you finish.",
  after_due: "You see your score when you finish, and the marked answers once no one can hand in any more (the due date, or the cut-off for late work).",
  never: "You see your score only.",
};
const gradingText: Record<string, string> = { highest: "your best attempt counts", last: "your last attempt counts", average: "the average of your attempts counts" };

// An assignment for a student in its class: the rules, dates in their time zone, their attempts
// and grade, and the Start button (the quiz engine takes it from there).
export default async function AssignmentPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = await rowIdParam(params);
  if (user.role === "instructor") redirect(`/teach/assignments/${id}`);
  const now = new Date();
  const [a, readiness, targets] = await Promise.all([getStudentAssignment(user.id, id, now), assignmentReadiness(user.id, id, now), listTargetViews(user.id, now)]);
  if (!a) notFound();
  const target = targets.find((t) => t.id === `assignment:${a.id}`) ?? null;
  const next = a.next;
  return (
    <div className="flex flex-col gap-6">
      <BackLink href={`/classes/${a.classId}`}>{a.className}</BackLink>
      <h1 className="text-3xl font-bold">{a.title}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <AssignmentTimes assignment={a} />
        <Term label="Attempts">
          {a.attemptsUsed} used of {a.attemptsAllowed ?? "unlimited"}; {gradingText[a.gradingMethod] ?? "your best attempt counts"}.
        </Term>
        <Term label="Late work">
          {a.lateWork !== "accept" ? (
            "Not accepted after the due date."
          ) : a.cutoffAt ? (
            <>
              Accepted until <LocalTime iso={a.cutoffAt.toISOString()} fallbackZone={a.timeZone} />, marked late.
            </>
          ) : (
            "Accepted, marked late."
          )}
        </Term>
        <Term label="Feedback">{feedbackText[a.feedback] ?? feedbackText.never}</Term>
      </dl>
      {a.grade ? (
        <p className="text-lg">
          Your grade: <strong>{formatPercent(a.grade.percent)}</strong>
          {a.grade.late ? " (late)" : ""}
        </p>
      ) : null}
      {next.kind === "resume" ? (
        <p>
          <Link href={`/quiz/${next.attemptId}`} className="inline-flex min-h-11 items-center rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            Continue your attempt
          </Link>
        </p>
      ) : next.kind === "start" ? (
        <div className="flex flex-col gap-2">
          {next.late ? <p className="text-amber-800 dark:text-amber-300">The due date has passed: this attempt will be marked late.</p> : null}
          <StartAssignmentForm assignmentId={a.id} label={a.attemptsUsed === 0 ? "Start" : "Start another attempt"} />
        </div>
      ) : (
        <p role="status">{refusalMessage(next.reason)}</p>
      )}
      {readiness?.view === "student" ? <AssignmentReadiness targetId={target?.id ?? null} readiness={readiness.readiness} targetRecall={readiness.targetRecall} pacing={target?.pacing ?? null} /> : null}
      {a.attempts.length > 0 ? (
        <Panel id="attempts-heading" title="Your attempts" className="flex flex-col gap-2">
          <ul className="flex flex-col gap-1">
            {a.attempts.map((t) => (
              <li key={t.id}>
                <TextLink href={t.inProgress ? `/quiz/${t.id}` : `/quiz/${t.id}/results`}>
                  Attempt {t.number}
                </TextLink>{" "}
                started <LocalTime iso={t.startedAt.toISOString()} fallbackZone={a.timeZone} />
                {t.inProgress ? " · in progress" : t.finishedAt ? " · handed in" : " · time ran out"}
                {t.late ? " · late" : ""}
              </li>
            ))}
          </ul>
        </Panel>
      ) : null}
    </div>
  );
}
