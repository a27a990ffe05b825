import { Link } from "@/components/ui/link";
import { StartAssignmentForm } from "@/components/classes/start-assignment-form";
import { refusalMessage } from "@/lib/domain/classes/availability";
import type { StudentAssignmentDetail } from "@/lib/server/assignments/student";
import { TextLink } from "@/components/ui/text-link";

// Under an assignment attempt's results: the way back to the class and the assignment, the
// attempts left, and "Try again" when another attempt may start now.
export function AssignmentNextSteps({ assignment: a }: { assignment: StudentAssignmentDetail }) {
  const left = a.attemptsAllowed === null ? null : Math.max(0, a.attemptsAllowed - a.attemptsUsed);
  const next = a.next;
  return (
    <section aria-labelledby="assignment-next" className="flex flex-col gap-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
      <h2 id="assignment-next" className="text-lg font-semibold">
        {a.title} in {a.className}
      </h2>
      <p data-testid="attempts-left">
        {left === null ? `${a.attemptsUsed} ${a.attemptsUsed === 1 ? "attempt" : "attempts"} used; no limit.` : `${left} of ${a.attemptsAllowed} ${a.attemptsAllowed === 1 ? "attempt" : "attempts"} left.`}
      </p>
      {next.kind === "start" ? (
        <StartAssignmentForm assignmentId={a.id} label="Try again" />
      ) : next.kind === "resume" ? (
        <Link href={`/quiz/${next.attemptId}`} className="tap self-start text-brand-700 underline dark:text-brand-100">
          Continue your attempt
        </Link>
      ) : (
        <p>{refusalMessage(next.reason)}</p>
      )}
      <p className="flex flex-wrap gap-x-4">
        <TextLink href={`/classes/${a.classId}`}>
          Back to {a.className}
        </TextLink>
        <TextLink href={`/assignments/${a.id}`}>
          The assignment
        </TextLink>
      </p>
    </section>
  );
}
