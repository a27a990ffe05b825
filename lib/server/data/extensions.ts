import "server-only";
import type { Extension } from "@/lib/domain/classes/availability";
import type { GradeOverride } from "@/lib/domain/classes/grading";
import { recordAuditEvent } from "@/lib/server/data/audit";
import { db } from "@/lib/server/db";

// Per-student extensions and grade overrides of an assignment. Only the instructor of the assignment's class reads or
// writes them, and only for a student of that class; each change is in the audit log, written in
// the change's own transaction.

// The assignment's rules with the class's students and their extensions; null when not theirs.
export async function getAssignmentExtensions(instructorId: string, assignmentId: string) {
  return db.assignment.findFirst({
    where: { id: assignmentId, class: { instructorId } },
    select: {
      id: true,
      title: true,
      classId: true,
      opensAt: true,
      dueAt: true,
      lateWork: true,
      cutoffAt: true,
      attemptsAllowed: true,
      feedback: true,
      holdOutOfSelfStudy: true,
      timeZone: true,
      extensions: { select: { userId: true, dueAt: true, extraAttempts: true } },
    },
  });
}

// Sets (or, with no later date and no extra attempts, clears) one student's extension. False when
// the assignment is not the instructor's or the student is not in its class.
export async function saveExtension(instructorId: string, assignmentId: string, userId: string, extension: Extension): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const assignment = await tx.assignment.findFirst({ where: { id: assignmentId, class: { instructorId } }, select: { id: true, title: true, classId: true } });
    if (!assignment) return false;
    const member = await tx.enrollment.findFirst({ where: { classId: assignment.classId, userId }, select: { user: { select: { name: true } } } });
    if (!member) return false;
    const key = { assignmentId_userId: { assignmentId, userId } };
    if (extension.dueAt === null && extension.extraAttempts === 0) await tx.assignmentExtension.deleteMany({ where: { assignmentId, userId } });
    else await tx.assignmentExtension.upsert({ where: key, create: { assignmentId, userId, ...extension }, update: extension });
    await recordAuditEvent(tx, {
      classId: assignment.classId,
      actorId: instructorId,
      action: "extension.granted",
      subjectType: "member",
      subjectId: userId,
      subjectLabel: member.user.name,
      details: { assignmentId, assignmentTitle: assignment.title, dueAt: extension.dueAt?.toISOString() ?? null, extraAttempts: extension.extraAttempts },
    });
    return true;
  });
}

// The extensions of every assignment of the instructor's class, for the gradebook.
export async function listClassExtensions(instructorId: string, classId: string) {
  return db.assignmentExtension.findMany({ where: { assignment: { classId, class: { instructorId } } }, select: { assignmentId: true, userId: true, dueAt: true, extraAttempts: true } });
}

// The grade overrides of every assignment of the instructor's class, for the gradebook.
export async function listClassGradeOverrides(instructorId: string, classId: string) {
  return db.gradeOverride.findMany({ where: { assignment: { classId, class: { instructorId } } }, select: { assignmentId: true, userId: true, percent: true, reason: true } });
}

// Sets (or, with null, removes) the instructor's grade for one student, with the reason, and
// records it in the audit log in the same transaction. False when the assignment is not the
// instructor's or the student is not in its class.
export async function saveGradeOverride(instructorId: string, assignmentId: string, userId: string, override: GradeOverride | null): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const assignment = await tx.assignment.findFirst({ where: { id: assignmentId, class: { instructorId } }, select: { id: true, title: true, classId: true } });
    if (!assignment) return false;
    const member = await tx.enrollment.findFirst({ where: { classId: assignment.classId, userId }, select: { user: { select: { name: true } } } });
    if (!member) return false;
    const before = await tx.gradeOverride.findUnique({ where: { assignmentId_userId: { assignmentId, userId } }, select: { percent: true } });
    if (override) await tx.gradeOverride.upsert({ where: { assignmentId_userId: { assignmentId, userId } }, create: { assignmentId, userId, ...override }, update: override });
    else await tx.gradeOverride.deleteMany({ where: { assignmentId, userId } });
    await recordAuditEvent(tx, {
      classId: assignment.classId,
      actorId: instructorId,
      action: "grade.overridden",
      subjectType: "member",
      subjectId: userId,
      subjectLabel: member.user.name,
      details: { assignmentId, assignmentTitle: assignment.title, percent: override?.percent ?? null, reason: override?.reason ?? "", before: before?.percent ?? null },
    });
    return true;
  });
}
