import crypto from "node:crypto";
import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { DiscardQuizButton } from "@/components/quiz/discard-quiz-button";
import { RetryMistakesForm } from "@/components/quiz/retry-mistakes-form";
import { formatPoints } from "@/lib/domain/quiz/attempt";
import { formatPercent } from "@/lib/domain/format";
import { requireUser } from "@/lib/server/auth";
import { getLearnerTimeZone } from "@/lib/server/data/quiz-results";
import { getSectionMastery, listAttemptHistory } from "@/lib/server/quiz/service";
import { Panel } from "@/components/ui/panel";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Quiz history" };

// Validates a stored time zone so a bad value cannot break the page.
function dateFormat(timeZone: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone });
  } catch {
    return new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  }
}

// "Homeland Security Investigations, Removal Process and 3 more", or "All sections".
function sectionsText({ titles, all }: { titles: string[]; all: boolean }): string {
  if (all) return "All sections";
  if (titles.length <= 2) return titles.join(" and ");
  return `${titles.slice(0, 2).join(", ")} and ${titles.length - 2} more`;
}

// Past attempts with their scores, and mastery per section (the share of a section's questions whose
// latest answer was fully right).
export default async function HistoryPage() {
  const user = await requireUser();
  const [history, mastery, timeZone] = await Promise.all([listAttemptHistory(user.id), getSectionMastery(user.id), getLearnerTimeZone(user.id)]);
  const format = dateFormat(timeZone);
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-bold">Quiz history</h1>
        <Link href="/quiz/new" className="inline-flex min-h-11 items-center rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          New quiz
        </Link>
      </div>
      <Panel id="attempts-heading" title="Past quizzes">
        {history.length === 0 ? (
          <p>No quizzes yet.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left max-sm:block">
              <caption className="sr-only">Your quizzes, newest first</caption>
              <thead className="max-sm:sr-only">
                <tr className="border-b border-slate-300 dark:border-slate-700">
                  <th scope="col" className="py-2 pr-2 sm:pr-4">Started</th>
                  <th scope="col" className="py-2 pr-2 sm:pr-4">Quiz</th>
                  <th scope="col" className="py-2 pr-2 sm:pr-4">Questions</th>
                  <th scope="col" className="py-2 pr-2 sm:pr-4">Score</th>
                  <th scope="col" className="py-2">
                    <span className="sr-only">Open</span>
                  </th>
                </tr>
              </thead>
              <tbody className="max-sm:block">
                {history.map((h) => (
                  <tr key={h.id} className="border-b border-slate-200 max-sm:grid max-sm:grid-cols-2 max-sm:gap-x-3 max-sm:py-2 dark:border-slate-800">
                    <td className="py-2 pr-2 sm:pr-4">{format.format(h.startedAt)}</td>
                    <td className="py-2 pr-2 sm:pr-4">
                      <span className="font-medium">{h.assignmentTitle ?? (h.mode === "exam" ? "Exam" : "Practice")}</span>
                      {h.sections.titles.length > 0 ? <span className="block text-sm text-slate-700 dark:text-slate-300">{sectionsText(h.sections)}</span> : null}
                    </td>
                    <td className="py-2 pr-2 sm:pr-4">
                      <span className="sm:hidden">Questions: </span>
                      {h.total}
                    </td>
                    <td className="py-2 pr-2 sm:pr-4">
                      {h.points === null ? `In progress (${h.answeredCount} of ${h.total} answered)` : `${formatPoints(h.points)} / ${formatPoints(h.total)} (${formatPercent(h.percent ?? 0)})`}
                    </td>
                    <td className="py-2 max-sm:col-span-2">
                      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                        <TextLink href={h.points === null ? `/quiz/${h.id}` : `/quiz/${h.id}/results`}>
                          {h.points === null ? (h.mode === "practice" ? "Resume or finish" : "Resume") : "Results"}
                          <span className="sr-only"> of the quiz started {format.format(h.startedAt)}</span>
                        </TextLink>
                        {h.discardable ? <DiscardQuizButton attemptId={h.id} startedText={format.format(h.startedAt)} /> : null}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <RetryMistakesForm requestKey={crypto.randomUUID()} />
      </Panel>
      <Panel id="mastery-heading" title="Mastery by section">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          A section&apos;s mastery is the share of its questions whose latest answer was fully right.
        </p>
        <ul className="flex flex-col gap-2">
          {mastery.map((m) => (
            <li key={m.sectionId} className={`flex flex-wrap items-center gap-3 ${m.level === 2 ? "sm:pl-4" : ""}`}>
              {/* On a phone the title has its own line, the meter and figures the next. */}
              <span className="min-w-0 basis-full sm:basis-0 sm:flex-1">{m.title}</span>
              <meter min={0} max={1} value={m.share} aria-label={`Mastery of ${m.title}`} className="h-3 w-32" />
              <span className="text-sm sm:w-40">
                {m.mastered} of {m.total} ({formatPercent(m.share * 100)})
              </span>
            </li>
          ))}
        </ul>
      </Panel>
    </div>
  );
}
