import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { AnsweredCount, AnsweredCountProvider } from "@/components/quiz/answered-count";
import { ExamTimer } from "@/components/quiz/exam-timer";
import { QuestionNav } from "@/components/quiz/question-nav";
import { QuestionPlayer } from "@/components/quiz/question-player";
import { secondsLeft, resumePosition } from "@/lib/domain/quiz/timing";
import { attemptIdSchema } from "@/lib/schemas/quiz";
import { requireUser } from "@/lib/server/auth";
import { getAttemptForLearner } from "@/lib/server/quiz/service";

export const metadata: Metadata = { title: "Quiz" };

// One question of an attempt in progress (?q=N, else where the learner left off). Only the current
// question's public view goes to the browser; a finished attempt goes to its results.
export default async function AttemptPage({ params, searchParams }: { params: Promise<{ attemptId: string }>; searchParams: Promise<{ q?: string }> }) {
  const user = await requireUser();
  const [{ attemptId }, { q }] = await Promise.all([params, searchParams]);
  if (!attemptIdSchema.safeParse(attemptId).success) notFound();
  const now = new Date();
  const attempt = await getAttemptForLearner(user.id, attemptId, now);
  if (!attempt) notFound();
  const resultsHref = `/quiz/${attempt.id}/results`;
  if (attempt.status === "finished") redirect(resultsHref);

  const answered = attempt.items.map((i) => i.answered);
  const index = resumePosition(answered, q ? Number(q) - 1 : null);
  // The address always names the question shown (a quiz opens at /quiz/:id, where the learner left
  // off): Back then returns to this question, and a refresh after a save stays on it.
  if (!q) redirect(`/quiz/${attempt.id}?q=${index + 1}`);
  const item = attempt.items[index];
  if (!item) notFound();
  const checkMode = attempt.mode === "practice" && attempt.feedback === "full";
  const firstUnanswered = answered.findIndex((done, i) => !done && i !== index);
  const left = secondsLeft(attempt, now);
  const title = attempt.assignmentTitle ?? (attempt.mode === "exam" ? "Exam" : "Practice quiz");
  return (
    <AnsweredCountProvider key={`${attempt.id}:${item.position}`} initial={attempt.answeredCount}>
      <div className="flex flex-col gap-6">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <h1 className="text-3xl font-bold">{title}</h1>
            <p className="text-slate-700 dark:text-slate-300">
              <AnsweredCount total={attempt.total} fallback={attempt.answeredCount} />
              {checkMode ? "" : " · feedback after you finish"}
            </p>
          </div>
          {left !== null ? <ExamTimer secondsLeft={left} resultsHref={resultsHref} /> : null}
        </div>
        {!checkMode ? <QuestionNav attemptId={attempt.id} answered={answered} current={index} /> : null}
        <QuestionPlayer
          key={`${attempt.id}:${item.position}`}
          attemptId={attempt.id}
          item={item}
          number={index + 1}
          total={attempt.items.length}
          checkMode={checkMode}
          nextHref={index + 1 < attempt.items.length ? `/quiz/${attempt.id}?q=${index + 2}` : null}
          resultsHref={resultsHref}
          unansweredElsewhere={answered.filter((done, i) => !done && i !== index).length}
          firstUnansweredHref={firstUnanswered >= 0 ? `/quiz/${attempt.id}?q=${firstUnanswered + 1}` : null}
          secondsLeft={left}
        />
      </div>
    </AnsweredCountProvider>
  );
}
