import "server-only";
import { isLateSubmission } from "@/lib/domain/classes/availability";
import { gradeAttempts, handedIn, type GradedAttempt } from "@/lib/domain/classes/grading";
import { itemStatistics, type ItemStatistic, type StatAttempt, type StatQuestion } from "@/lib/domain/classes/statistics";
import { presentWithLayout } from "@/lib/domain/quiz/layout";
import { toAuthoredAnswer } from "@/lib/domain/quiz/present";
import type { InstructorQuestion } from "@/lib/schemas/classes";
import { getAssignmentForInstructor, type InstructorAssignment } from "@/lib/server/data/assignments";
import { getAssignmentAttempts, type ReportAttempt } from "@/lib/server/data/gradebook";
import { parseLayout, parseStoredAnswer } from "@/lib/server/quiz/views";
import { asQuestion, getVisibleQuestions } from "@/lib/server/question-sets/questions";

// The assignment report: every attempt, and item statistics over the graded attempts (Moodle's
// default: the attempt(s) the grading method uses, so a student with three tries counts once under
// "highest"). Answers are stored in the learner's DISPLAY positions; each is mapped back to authored
// option indices with the attempt item's stored layout before options are counted.

export type ReportRow = {
  id: string;
  student: { id: string; name: string; email: string };
  number: number;
  startedAt: Date;
  finishedAt: Date | null;
  status: "in-progress" | "finished" | "timed-out";
  percent: number | null;
  late: boolean;
};
export type ReportStatistic = ItemStatistic & { prompt: string; type: string };
export type AssignmentReport = { assignment: InstructorAssignment; rows: ReportRow[]; statistics: ReportStatistic[]; gradedAttempts: number };

const sumScores = (a: ReportAttempt) => a.items.reduce((s, i) => s + (i.score ?? 0), 0);

// Option labels of a choice question in authored order (true/false as two options).
function optionsOf(question: InstructorQuestion | null | undefined): StatQuestion["options"] {
  if (!question) return null;
  if (question.type === "single" || question.type === "multiple") return question.options.map((o) => ({ label: o.text, correct: o.correct }));
  if (question.type === "truefalse") return [{ label: "True", correct: question.answer }, { label: "False", correct: !question.answer }];
  return null;
}

// The authored option indices an item's answer picked; null when unanswered or not a choice.
function chosenOptions(item: ReportAttempt["items"][number], question: InstructorQuestion | null | undefined): number[] | null {
  if (!question || item.answerId === null) return null;
  const answer = parseStoredAnswer(item.answer);
  if (!answer) return null;
  if (answer.type === "truefalse") return [answer.value ? 0 : 1];
  const authored = toAuthoredAnswer(answer, presentWithLayout(asQuestion(question), parseLayout(item.layout)).key);
  if (authored.type === "single") return [authored.choice];
  if (authored.type === "multiple") return authored.choices;
  return null;
}

// The report of the instructor's assignment; null when not theirs.
export async function buildAssignmentReport(instructorId: string, assignmentId: string, now: Date): Promise<AssignmentReport | null> {
  const assignment = await getAssignmentForInstructor(instructorId, assignmentId);
  if (!assignment) return null;
  const attempts = await getAssignmentAttempts(instructorId, assignmentId);

  const numbers = new Map<string, number>();
  const handed = new Map<string, GradedAttempt[]>();
  const rows: ReportRow[] = attempts.map((a) => {
    const number = (numbers.get(a.userId) ?? 0) + 1;
    numbers.set(a.userId, number);
    const graded = handedIn(a, sumScores(a), now);
    if (graded) handed.set(a.userId, [...(handed.get(a.userId) ?? []), graded]);
    return {
      id: a.id,
      student: { id: a.userId, ...a.user },
      number,
      startedAt: a.startedAt,
      finishedAt: graded?.finishedAt ?? null,
      status: a.finishedAt ? "finished" : graded ? "timed-out" : "in-progress",
      percent: graded && graded.maxPoints > 0 ? (graded.points / graded.maxPoints) * 100 : graded ? 0 : null,
      late: graded ? isLateSubmission({ late: a.late, finishedAt: graded.finishedAt }, assignment.dueAt) : a.late,
    };
  });

  const counted = new Set([...handed.values()].flatMap((list) => gradeAttempts(assignment.gradingMethod, list, assignment.dueAt)?.attemptIds ?? []));
  const used = attempts.filter((a) => counted.has(a.id));
  const questionIds = orderOfQuestions(used);
  const questions = await getVisibleQuestions(instructorId, questionIds);
  const statAttempts: StatAttempt[] = used.map((a) => ({
    id: a.id,
    items: a.items.map((i) => ({ questionId: i.questionId, score: i.score ?? 0, choices: chosenOptions(i, questions.get(i.questionId)?.question) })),
  }));
  const stats = itemStatistics(statAttempts, questionIds.map((id) => ({ id, options: optionsOf(questions.get(id)?.question) })));
  const statistics = stats.map((s) => ({ ...s, prompt: questions.get(s.questionId)?.prompt ?? "(question no longer available)", type: questions.get(s.questionId)?.type ?? "" }));
  return { assignment, rows, statistics, gradedAttempts: used.length };
}

// Questions in the order students met them on average (question order may be shuffled per attempt).
function orderOfQuestions(attempts: readonly ReportAttempt[]): string[] {
  const positions = new Map<string, number[]>();
  for (const a of attempts) for (const i of a.items) positions.set(i.questionId, [...(positions.get(i.questionId) ?? []), i.position]);
  const meanOf = (id: string) => {
    const list = positions.get(id) ?? [];
    return list.reduce((s, p) => s + p, 0) / Math.max(1, list.length);
  };
  return [...positions.keys()].sort((a, b) => meanOf(a) - meanOf(b) || a.localeCompare(b));
}
