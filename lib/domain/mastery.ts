import { sectionMastery, type Mastery } from "@/lib/domain/quiz/attempt";

// Quiz mastery for many sections at once, for the reader's outline. The rule itself is the one
// documented at sectionMastery (lib/domain/quiz/attempt.ts): the share of a section's live
// (non-retired) questions whose learner's latest answer was fully right. QuestionResult holds
// exactly that latest answer per question, so callers pass its rows as they are.

export type { Mastery };
export type LiveQuestion = { id: string; sectionId: string };
export type LatestAnswer = { questionId: string; correct: boolean };

// Mastery per section id, for every section that has live questions. A result for a question that
// is not live (retired, or an instructor's own) counts nowhere; a question moved to another section
// counts where it is now.
export function masteryBySection(liveQuestions: readonly LiveQuestion[], latestAnswers: readonly LatestAnswer[]): Map<string, Mastery> {
  const idsBySection = new Map<string, string[]>();
  for (const q of liveQuestions) {
    const ids = idsBySection.get(q.sectionId);
    if (ids) ids.push(q.id);
    else idsBySection.set(q.sectionId, [q.id]);
  }
  const latest = new Map(latestAnswers.map((a) => [a.questionId, a]));
  return new Map([...idsBySection].map(([sectionId, ids]) => [sectionId, sectionMastery(ids, latest)]));
}

// Mastery as a whole percentage, rounded down so that 100% means every question is mastered;
// null when the section has no questions (there is nothing to master, which is not 0%).
export function masteryPercent(mastery: Mastery | undefined): number | null {
  if (!mastery || mastery.total === 0) return null;
  return Math.floor((mastery.mastered / mastery.total) * 100);
}
