import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import crypto from "node:crypto";
import { notFound, redirect } from "next/navigation";
import { AssignmentNextSteps } from "@/components/quiz/assignment-next-steps";
import { ResultsList } from "@/components/quiz/results-list";
import { RetryMistakesForm } from "@/components/quiz/retry-mistakes-form";
import { formatScore } from "@/lib/domain/quiz/attempt";
import { formatDuration, formatPercent } from "@/lib/domain/format";
import { attemptIdSchema } from "@/lib/schemas/quiz";
import { requireUser } from "@/lib/server/auth";
import { getAttemptResults } from "@/lib/server/quiz/service";
import { getStudentAssignment } from "@/lib/server/assignments/student";

export const metadata: Metadata = { title: "Results" };

// The results of a finished attempt: score, time taken and, when the feedback policy allows, every
// question with the learner's answer, the right answer, the explanation, the quote and any note.
export default async function ResultsPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const user = await requireUser();
  const { attemptId } = await params;
  if (!attemptIdSchema.safeParse(attemptId).success) notFound();
  const now = new Date();
  const results = await getAttemptResults(user.id, attemptId, now);
  if (!results) notFound();
  if (results.status === "in-progress") redirect(`/quiz/${results.id}`);
  // An assignment's attempt: where it stands now (null when the student has left the class).
  const assignment = results.assignmentId ? await getStudentAssignment(user.id, results.assignmentId, now) : null;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Results</h1>
      <div className="flex flex-col gap-1 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
        {results.assignmentTitle ? <p className="font-medium">{results.assignmentTitle}</p> : null}
        <p className="text-2xl font-semibold">
          {formatScore(results.score)} <span className="text-lg font-normal">({formatPercent(results.score.percent)})</span>
        </p>
        <p>
          {results.mode === "exam" ? "Exam" : "Practice"} · time taken: {formatDuration(results.timeTakenSeconds)}
        </p>
        {results.timedOut ? <p className="font-medium text-red-700 dark:text-red-400">Time ran out: the answers saved before the deadline were graded.</p> : null}
      </div>
      {assignment ? <AssignmentNextSteps assignment={assignment} /> : null}
      {results.feedback === "full" ? (
        <ResultsList items={results.items} />
      ) : (
        <p>Your instructor shows the score only{results.assignmentTitle ? " for this assignment" : ""}; the answers are not shown yet.</p>
      )}
      <div className="flex flex-wrap items-start gap-4 border-t border-slate-200 pt-6 dark:border-slate-800">
        <Link href="/quiz/new" className="inline-flex min-h-11 items-center rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          New quiz
        </Link>
        {results.assignmentTitle ? null : <RetryMistakesForm requestKey={crypto.randomUUID()} />}
        <Link href="/history" className="inline-flex min-h-11 items-center text-brand-700 underline dark:text-brand-100">
          History
        </Link>
      </div>
    </div>
  );
}
