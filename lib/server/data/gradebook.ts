import "server-only";
import { db } from "@/lib/server/db";

// What the gradebook and the assignment report read: every attempt at a class's assignments, for
// the class's instructor only (the instructor is named in each query).

const attemptFields = { id: true, userId: true, assignmentId: true, startedAt: true, finishedAt: true, deadlineAt: true, score: true, maxScore: true, late: true } as const;

// The class (roster and assignments) with every attempt at its assignments; null when not theirs.
export async function getGradebookData(instructorId: string, classId: string) {
  const klass = await db.class.findFirst({
    where: { id: classId, instructorId },
    select: {
      id: true,
      name: true,
      enrollments: { select: { removedAt: true, user: { select: { id: true, name: true, email: true } } }, orderBy: { user: { name: "asc" } } },
      assignments: { select: { id: true, title: true, dueAt: true, gradingMethod: true }, orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }] },
    },
  });
  if (!klass) return null;
  const attempts = await db.quizAttempt.findMany({ where: { assignment: { classId, class: { instructorId } } }, select: attemptFields });
  return { klass, attempts, itemSums: await sumsOfUnclosed(attempts) };
}

// Sums of item scores of attempts nobody closed yet (the quiz engine closes an attempt past its
// deadline when its learner next looks); the gradebook counts them as handed in at the deadline.
async function sumsOfUnclosed(attempts: readonly { id: string; finishedAt: Date | null; deadlineAt: Date | null }[]): Promise<Map<string, number>> {
  const ids = attempts.filter((a) => a.finishedAt === null && a.deadlineAt !== null).map((a) => a.id);
  if (ids.length === 0) return new Map();
  const sums = await db.quizAttemptItem.groupBy({ by: ["attemptId"], where: { attemptId: { in: ids } }, _sum: { score: true } });
  return new Map(sums.map((s) => [s.attemptId, s._sum.score ?? 0]));
}

// Every attempt at one of the instructor's assignments with the student and each answered item.
export async function getAssignmentAttempts(instructorId: string, assignmentId: string) {
  const attempts = await db.quizAttempt.findMany({
    where: { assignmentId, assignment: { class: { instructorId } } },
    orderBy: { startedAt: "asc" },
    select: {
      ...attemptFields,
      user: { select: { name: true, email: true } },
      items: { select: { position: true, questionId: true, layout: true, answer: true, answerId: true, score: true }, orderBy: { position: "asc" } },
    },
  });
  return attempts;
}
export type ReportAttempt = Awaited<ReturnType<typeof getAssignmentAttempts>>[number];

// One attempt at one of the instructor's assignments, with its student and every item (answered or
// not); null when the attempt is not at that assignment or the assignment is not theirs.
export async function getAttemptForInstructor(instructorId: string, assignmentId: string, attemptId: string) {
  return db.quizAttempt.findFirst({
    where: { id: attemptId, assignmentId, assignment: { class: { instructorId } } },
    select: {
      ...attemptFields,
      user: { select: { name: true, email: true } },
      assignment: { select: { title: true, timeZone: true, class: { select: { id: true, name: true } } } },
      items: { select: { position: true, questionId: true, layout: true, answer: true, answerId: true, score: true, correct: true }, orderBy: { position: "asc" } },
    },
  });
}
export type InstructorAttempt = NonNullable<Awaited<ReturnType<typeof getAttemptForInstructor>>>;

// One student's attempts at the instructor's class's assignments, oldest first (to link each to its
// review); empty when the class is not theirs.
export async function listStudentAttempts(instructorId: string, classId: string, userId: string) {
  return db.quizAttempt.findMany({
    where: { userId, assignment: { classId, class: { instructorId } } },
    orderBy: { startedAt: "asc" },
    select: { id: true, assignmentId: true, startedAt: true },
  });
}
