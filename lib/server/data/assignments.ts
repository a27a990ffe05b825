import "server-only";
import { assignmentRuleChanges, ruleSnapshot, type AssignmentRuleValues } from "@/lib/domain/audit";
import { recordAuditEvent } from "@/lib/server/data/audit";
import { db } from "@/lib/server/db";

// Assignments: a question set given to a class with dates and rules. Instructor queries go through
// the class's `instructorId`; student queries through their enrollment in the class.

// An assignment's rules are the audit log's vocabulary too (lib/domain/audit.ts): one list of them.
export type NewAssignment = AssignmentRuleValues & { classId: string; setId: string };

const ruleSelect = {
  id: true,
  classId: true,
  setId: true,
  title: true,
  opensAt: true,
  dueAt: true,
  timeZone: true,
  timeLimitSeconds: true,
  attemptsAllowed: true,
  gradingMethod: true,
  shuffleQuestions: true,
  shuffleOptions: true,
  feedback: true,
  lateWork: true,
  cutoffAt: true,
  holdOutOfSelfStudy: true,
  targetRecall: true,
  createdAt: true,
} as const;

const attemptSelect = { id: true, startedAt: true, finishedAt: true, deadlineAt: true, score: true, maxScore: true, late: true } as const;

// Creates the assignment when both the class and the set are the instructor's; null otherwise.
export async function createAssignment(instructorId: string, input: NewAssignment): Promise<{ id: string } | null> {
  return db.$transaction(async (tx) => {
    const [klass, set] = await Promise.all([
      tx.class.count({ where: { id: input.classId, instructorId } }),
      tx.questionSet.findFirst({ where: { id: input.setId, ownerId: instructorId }, select: { title: true } }),
    ]);
    if (klass === 0 || !set) return null;
    const created = await tx.assignment.create({ data: input, select: { id: true } });
    const details = { setTitle: set.title, rules: ruleSnapshot(input) };
    await recordAuditEvent(tx, { classId: input.classId, actorId: instructorId, action: "assignment.created", subjectType: "assignment", subjectId: created.id, subjectLabel: input.title, setId: input.setId, details });
    return created;
  });
}

export type AssignmentRules = Omit<NewAssignment, "classId" | "setId">;

export type RunningAttempt = { id: string; startedAt: Date; timeLimitSeconds: number | null; deadlineAt: Date | null };

// Changes the rules of the instructor's assignment and, in the same transaction, the deadline of
// each attempt still running at `now` (as `deadlineOf` decides under the new rules); false when the
// assignment is not theirs. The audit log gets which rules changed, before → after (nothing when
// the edit changed none).
export async function updateAssignment(instructorId: string, assignmentId: string, rules: AssignmentRules, deadlineOf: (attempt: RunningAttempt) => Date | null, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const before = await tx.assignment.findFirst({ where: { id: assignmentId, class: { instructorId } }, select: ruleSelect });
    if (!before) return false;
    await tx.assignment.update({ where: { id: assignmentId }, data: rules });
    const changes = assignmentRuleChanges(before, rules);
    if (changes.length > 0) {
      const event = { classId: before.classId, actorId: instructorId, subjectId: assignmentId, subjectLabel: rules.title, setId: before.setId } as const;
      await recordAuditEvent(tx, { ...event, action: "assignment.updated", subjectType: "assignment", details: { changes } });
    }
    const running = await tx.quizAttempt.findMany({
      where: { assignmentId, finishedAt: null, OR: [{ deadlineAt: null }, { deadlineAt: { gt: now } }] },
      select: { id: true, startedAt: true, timeLimitSeconds: true, deadlineAt: true },
    });
    for (const attempt of running) {
      const deadlineAt = deadlineOf(attempt);
      if (deadlineAt?.getTime() !== attempt.deadlineAt?.getTime()) await tx.quizAttempt.update({ where: { id: attempt.id }, data: { deadlineAt } });
    }
    return true;
  });
}

// Deletes the instructor's assignment and, with it, the students' attempts at it (they were for
// this assignment only). Null when it is not theirs (or already deleted). The audit log keeps its
// rules and how many attempts went with it.
export async function deleteAssignment(instructorId: string, assignmentId: string): Promise<{ classId: string; attempts: number } | null> {
  return db.$transaction(async (tx) => {
    const found = await tx.assignment.findFirst({ where: { id: assignmentId, class: { instructorId } }, select: { ...ruleSelect, set: { select: { title: true } }, _count: { select: { attempts: true } } } });
    if (!found) return null;
    await tx.assignment.delete({ where: { id: assignmentId } });
    const details = { attempts: found._count.attempts, setTitle: found.set.title, rules: ruleSnapshot(found) };
    await recordAuditEvent(tx, { classId: found.classId, actorId: instructorId, action: "assignment.deleted", subjectType: "assignment", subjectId: assignmentId, subjectLabel: found.title, setId: found.setId, details });
    return { classId: found.classId, attempts: found._count.attempts };
  });
}

// The class's assignments (the instructor's class only), by due date.
export async function listAssignmentsForClass(instructorId: string, classId: string) {
  return db.assignment.findMany({
    where: { classId, class: { instructorId } },
    orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
    select: { ...ruleSelect, set: { select: { title: true } } },
  });
}

// Every assignment of the instructor's classes, by due date (the JSON API's listing).
export async function listAssignmentsForInstructor(instructorId: string) {
  return db.assignment.findMany({ where: { class: { instructorId } }, orderBy: { dueAt: "asc" }, select: { ...ruleSelect, class: { select: { name: true } } } });
}

// One of the instructor's assignments with its class and set; null when not theirs.
export async function getAssignmentForInstructor(instructorId: string, assignmentId: string) {
  return db.assignment.findFirst({
    where: { id: assignmentId, class: { instructorId } },
    select: { ...ruleSelect, class: { select: { id: true, name: true } }, set: { select: { id: true, title: true } } },
  });
}
export type InstructorAssignment = NonNullable<Awaited<ReturnType<typeof getAssignmentForInstructor>>>;

// What a student reads of an assignment: its rules and class, and their own attempts (oldest
// first), extension and grade override.
const studentAssignmentSelect = (userId: string) => ({
  ...ruleSelect,
  class: { select: { id: true, name: true } },
  attempts: { where: { userId }, select: attemptSelect, orderBy: { startedAt: "asc" as const } },
  extensions: { where: { userId }, select: { dueAt: true, extraAttempts: true } },
  gradeOverrides: { where: { userId }, select: { percent: true, reason: true } },
});

// An assignment of a class the student is in, with the student's own attempts (oldest first);
// null when they are not in the class.
export async function getAssignmentForStudent(userId: string, assignmentId: string) {
  return db.assignment.findFirst({
    where: { id: assignmentId, class: { enrollments: { some: { userId, removedAt: null } } } },
    select: studentAssignmentSelect(userId),
  });
}
export type StudentAssignment = NonNullable<Awaited<ReturnType<typeof getAssignmentForStudent>>>;

// Assignments of every class the student is in (or of one class), each with the student's own
// attempts: one query, no per-assignment lookups.
export async function listAssignmentsForStudent(userId: string, classId?: string) {
  return db.assignment.findMany({
    where: { ...(classId ? { classId } : {}), class: { enrollments: { some: { userId, removedAt: null } } } },
    orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
    select: studentAssignmentSelect(userId),
  });
}
export type StudentAssignmentRow = Awaited<ReturnType<typeof listAssignmentsForStudent>>[number];

// The question set items an assignment draws from (the set of an assignment the caller may see).
export async function getAssignmentSetItems(setId: string) {
  return db.questionSetItem.findMany({ where: { setId }, orderBy: { position: "asc" }, select: { id: true, position: true, kind: true, questionId: true, sectionId: true, count: true } });
}

// The assignments of the learner's classes that hold their questions out of self-study and that
// someone can still submit at `now` (before the due date, or the cut-off when late work is
// accepted; late work with no cut-off never ends). The query form of lastSubmissionAt.
export async function listHeldAssignments(userId: string, now: Date) {
  return db.assignment.findMany({
    where: {
      holdOutOfSelfStudy: true,
      class: { enrollments: { some: { userId } } },
      OR: [{ lateWork: { not: "accept" }, dueAt: { gt: now } }, { lateWork: "accept", cutoffAt: null }, { lateWork: "accept", cutoffAt: { gt: now } }],
    },
    select: { id: true, setId: true },
  });
}
