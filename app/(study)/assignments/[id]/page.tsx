import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound, redirect } from "next/navigation";
import { LocalTime } from "@/components/classes/local-time";
import { StartAssignmentForm } from "@/components/classes/start-assignment-form";
import { AssignmentReadiness } from "@/components/review/assignment-readiness";
import { refusalMessage } from "@/lib/domain/classes/availability";
import { formatPercent } from "@/lib/domain/format";
import { rowIdSchema } from "@/lib/schemas/classes";
import { requireUser } from "@/lib/server/auth";
import { assignmentReadiness, listTargetViews } from "@/lib/server/review/targets";
import { getStudentAssignment } from "@/lib/server/assignments/student";

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
  const id = rowIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  if (user.role === "instructor") redirect(`/teach/assignments/${id.data}`);
  const now = new Date();
  const [a, readiness, targets] = await Promise.all([getStudentAssignment(user.id, id.data, now), assignmentReadiness(user.id, id.data, now), listTargetViews(user.id, now)]);
  if (!a) notFound();
  const target = targets.find((t) => t.id === `assignment:${a.id}`) ?? null;
  const next = a.next;
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href={`/classes/${a.classId}`} className="tap text-brand-700 underline dark:text-brand-100">
          {a.className}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{a.title}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
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
        <dt className="font-medium">Attempts</dt>
        <dd>
          {a.attemptsUsed} used of {a.attemptsAllowed ?? "unlimited"}; {gradingText[a.gradingMethod] ?? "your best attempt counts"}.
        </dd>
        <dt className="font-medium">Late work</dt>
        <dd>
          {a.lateWork !== "accept" ? (
            "Not accepted after the due date."
          ) : a.cutoffAt ? (
            <>
              Accepted until <LocalTime iso={a.cutoffAt.toISOString()} fallbackZone={a.timeZone} />, marked late.
            </>
          ) : (
            "Accepted, marked late."
          )}
        </dd>
        <dt className="font-medium">Feedback</dt>
        <dd>{feedbackText[a.feedback] ?? feedbackText.never}</dd>
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
        <section aria-labelledby="attempts-heading" className="flex flex-col gap-2">
          <h2 id="attempts-heading" className="text-xl font-semibold">
            Your attempts
          </h2>
          <ul className="flex flex-col gap-1">
            {a.attempts.map((t) => (
              <li key={t.id}>
                <Link href={t.inProgress ? `/quiz/${t.id}` : `/quiz/${t.id}/results`} className="tap text-brand-700 underline dark:text-brand-100">
                  Attempt {t.number}
                </Link>{" "}
                started <LocalTime iso={t.startedAt.toISOString()} fallbackZone={a.timeZone} />
                {t.inProgress ? " · in progress" : t.finishedAt ? " · handed in" : " · time ran out"}
                {t.late ? " · late" : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
