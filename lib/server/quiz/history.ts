import "server-only";
import { latestResults, sectionMastery, type Mastery } from "@/lib/domain/quiz/attempt";
import { listAttempts } from "@/lib/server/data/quiz-attempts";
import { listQuestionResults } from "@/lib/server/data/quiz-results";
import { listQuizSections, listSectionQuestionIds } from "@/lib/server/data/quiz-questions";

// The learner's past attempts and per-section mastery (the rule is documented at sectionMastery in
// lib/domain/quiz/attempt.ts: the share of a section's questions whose latest answer was fully right).

export type HistoryEntry = {
  id: string;
  mode: "practice" | "exam";
  assignmentTitle: string | null;
  startedAt: Date;
  finishedAt: Date | null;
  total: number;
  answeredCount: number;
  // Finished attempts only; the score is shown whatever the feedback policy.
  points: number | null;
  percent: number | null;
};

// The learner's latest attempts, newest first.
export async function listAttemptHistory(userId: string): Promise<HistoryEntry[]> {
  const rows = await listAttempts(userId);
  return rows.map((row) => {
    const finished = row.finishedAt !== null;
    const points = finished ? Math.min(row.maxScore, Math.max(0, row.score ?? 0)) : null;
    return {
      id: row.id,
      mode: row.mode === "exam" ? "exam" : "practice",
      assignmentTitle: row.assignment?.title ?? null,
      startedAt: row.startedAt,
      finishedAt: row.finishedAt,
      total: row.maxScore,
      answeredCount: row.answeredCount,
      points,
      percent: points === null ? null : row.maxScore > 0 ? (points / row.maxScore) * 100 : 0,
    };
  });
}

export type SectionMasteryRow = { sectionId: string; title: string; level: number } & Mastery;

// Mastery of every section of the article, in reading order.
export async function getSectionMastery(userId: string): Promise<SectionMasteryRow[]> {
  const [sections, questionIds, results] = await Promise.all([listQuizSections(), listSectionQuestionIds(), listQuestionResults(userId)]);
  const latest = latestResults(results);
  return sections.map((s) => ({ sectionId: s.id, title: s.title, level: s.level, ...sectionMastery(questionIds.get(s.id) ?? [], latest) }));
}
