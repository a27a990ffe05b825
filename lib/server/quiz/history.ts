import "server-only";
import { latestResults, sectionMastery, type Mastery } from "@/lib/domain/quiz/attempt";
import { listAttempts } from "@/lib/server/data/quiz-attempts";
import { parseIds } from "./attempt";
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
  // What was quizzed: the sections' titles in article order, and whether that was all of them.
  sections: { titles: string[]; all: boolean };
  // An unfinished self-study practice quiz, which the learner may discard.
  discardable: boolean;
  // Finished attempts only; the score is shown whatever the feedback policy.
  points: number | null;
  percent: number | null;
};

// The learner's latest attempts, newest first.
export async function listAttemptHistory(userId: string): Promise<HistoryEntry[]> {
  const [rows, sections] = await Promise.all([listAttempts(userId), listQuizSections()]);
  const quizzable = sections.filter((s) => s.questionCount > 0);
  return rows.map((row) => {
    const finished = row.finishedAt !== null;
    const ids = new Set(parseIds(row.sectionIds));
    const points = finished ? Math.min(row.maxScore, Math.max(0, row.score ?? 0)) : null;
    return {
      id: row.id,
      mode: row.mode === "exam" ? "exam" : "practice",
      assignmentTitle: row.assignment?.title ?? null,
      startedAt: row.startedAt,
      finishedAt: row.finishedAt,
      total: row.maxScore,
      answeredCount: row.answeredCount,
      sections: { titles: sections.filter((s) => ids.has(s.id)).map((s) => s.title), all: quizzable.length > 0 && quizzable.every((s) => ids.has(s.id)) },
      discardable: !finished && row.mode === "practice" && row.assignmentId === null,
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
