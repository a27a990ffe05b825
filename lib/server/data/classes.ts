import "server-only";
import { db } from "@/lib/server/db";
import { recordAuditEvent } from "@/lib/server/data/audit";
import { isUniqueViolation } from "./unique-violation";

// Classes, their join codes and rosters. Instructor reads and writes name the instructor in the
// query (`instructorId`), student reads name the enrollment, so another user's class is simply
// not found.


// Tries `write` with fresh codes until one is not taken (a collision is rare: 31^8 codes).
async function withFreshCode<T>(newCode: () => string, write: (code: string) => Promise<T>): Promise<T> {
  for (let tries = 0; ; tries++) {
    try {
      return await write(newCode());
    } catch (error) {
      if (!isUniqueViolation(error) || tries >= 5) throw error;
    }
  }
}

// Creates a class with a join code.
export async function createClass(instructorId: string, name: string, newCode: () => string) {
  return withFreshCode(newCode, (joinCode) => db.class.create({ data: { name, instructorId, joinCode }, select: { id: true, name: true, joinCode: true } }));
}

// The instructor's classes, newest first, with member and assignment counts.
export async function listClassesForInstructor(instructorId: string) {
  const rows = await db.class.findMany({
    where: { instructorId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, joinCode: true, createdAt: true, _count: { select: { enrollments: { where: { removedAt: null } }, assignments: true } } },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, memberCount: _count.enrollments, assignmentCount: _count.assignments }));
}

// One of the instructor's classes with its roster (by name); null when not theirs.
export async function getClassForInstructor(instructorId: string, classId: string) {
  return db.class.findFirst({
    where: { id: classId, instructorId },
    select: {
      id: true,
      name: true,
      joinCode: true,
      createdAt: true,
      enrollments: { where: { removedAt: null }, select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } }, orderBy: { user: { name: "asc" } } },
    },
  });
}

// The students the instructor removed from their class (restorable), by name.
export async function listRemovedMembers(instructorId: string, classId: string) {
  return db.enrollment.findMany({
    where: { classId, removedAt: { not: null }, class: { instructorId } },
    select: { joinedAt: true, removedAt: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: { user: { name: "asc" } },
  });
}

// Renames the instructor's class; false when not theirs.
export async function renameClass(instructorId: string, classId: string, name: string): Promise<boolean> {
  return (await db.class.updateMany({ where: { id: classId, instructorId }, data: { name } })).count === 1;
}

// Deletes the instructor's class with its roster, its assignments and the attempts at them (the
// students' own practice stays theirs). Null when not theirs (or already deleted). Its audit log
// stays, with this deletion as the last event.
export async function deleteClass(instructorId: string, classId: string): Promise<{ assignments: number } | null> {
  return db.$transaction(async (tx) => {
    const found = await tx.class.findFirst({ where: { id: classId, instructorId }, select: { name: true, _count: { select: { assignments: true, enrollments: { where: { removedAt: null } } } } } });
    if (!found) return null;
    await tx.class.delete({ where: { id: classId } });
    const details = { assignments: found._count.assignments, members: found._count.enrollments };
    await recordAuditEvent(tx, { classId, actorId: instructorId, action: "class.deleted", subjectType: "class", subjectId: classId, subjectLabel: found.name, details });
    return { assignments: found._count.assignments };
  });
}

// Gives the class a new code (regenerate; turns joining on when it was off) or none (joining
// off), recorded in the audit log (the code itself is not: it is the key to the class). Turning
// off what is off records nothing. False when not theirs.
export async function setJoinCode(instructorId: string, classId: string, mode: "regenerate" | "off", newCode: () => string): Promise<boolean> {
  const change = (joinCode: string | null) =>
    db.$transaction(async (tx) => {
      const found = await tx.class.findFirst({ where: { id: classId, instructorId }, select: { name: true, joinCode: true } });
      if (!found) return false;
      if (joinCode === null && found.joinCode === null) return true;
      await tx.class.update({ where: { id: classId }, data: { joinCode } });
      const action = joinCode === null ? "join-code.turned-off" : "join-code.regenerated";
      await recordAuditEvent(tx, { classId, actorId: instructorId, action, subjectType: "class", subjectId: classId, subjectLabel: found.name, details: joinCode === null ? {} : { wasOff: found.joinCode === null } });
      return true;
    });
  if (mode === "off") return change(null);
  return withFreshCode(newCode, change);
}

// Removes a student from the instructor's class: from then on they cannot open the class, its
// assignments or their attempts at them, while their attempts and grades are kept for the
// gradebook and a restore. Removing twice is harmless (and recorded once). False when the class is
// not theirs or the student was never in it.
export async function removeMember(instructorId: string, classId: string, userId: string, now: Date): Promise<boolean> {
  return changeMember(instructorId, classId, userId, "member.removed", now);
}

// Undoes a removal (restoring twice is harmless, and recorded once); false when the class is not
// theirs or the student was never in it.
export async function restoreMember(instructorId: string, classId: string, userId: string): Promise<boolean> {
  return changeMember(instructorId, classId, userId, "member.restored", null);
}

async function changeMember(instructorId: string, classId: string, userId: string, action: "member.removed" | "member.restored", removedAt: Date | null): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const found = await tx.enrollment.findFirst({ where: { classId, userId, class: { instructorId } }, select: { removedAt: true, user: { select: { name: true, email: true } } } });
    if (!found) return false;
    if ((found.removedAt === null) === (removedAt === null)) return true;
    await tx.enrollment.update({ where: { classId_userId: { classId, userId } }, data: { removedAt } });
    await recordAuditEvent(tx, { classId, actorId: instructorId, action, subjectType: "member", subjectId: userId, subjectLabel: found.user.name, details: { email: found.user.email } });
    return true;
  });
}

// Enrolls the student in the class holding `code` and records the joining. Joining twice is
// harmless (the same result, one event); a student the instructor removed stays removed
// ("removed"): only the instructor can restore them.
export async function joinByCode(userId: string, code: string): Promise<{ id: string; name: string; removed: boolean } | null> {
  const attempt = () =>
    db.$transaction(async (tx) => {
      const found = await tx.class.findUnique({ where: { joinCode: code }, select: { id: true, name: true } });
      if (!found) return null;
      const existing = await tx.enrollment.findUnique({ where: { classId_userId: { classId: found.id, userId } }, select: { removedAt: true } });
      if (existing) return { ...found, removed: existing.removedAt !== null };
      const student = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, email: true } });
      await tx.enrollment.create({ data: { classId: found.id, userId } });
      await recordAuditEvent(tx, { classId: found.id, actorId: userId, action: "member.joined", subjectType: "member", subjectId: userId, subjectLabel: student.name, details: { email: student.email } });
      return { ...found, removed: false };
    });
  try {
    return await attempt();
  } catch (error) {
    // The same student joining twice at once: the other request enrolled them; read its result.
    if (!isUniqueViolation(error)) throw error;
    return attempt();
  }
}

// The classes a student joined, with their instructor's name.
export async function listClassesForStudent(userId: string) {
  const rows = await db.enrollment.findMany({
    where: { userId, removedAt: null },
    orderBy: { joinedAt: "desc" },
    select: { joinedAt: true, class: { select: { id: true, name: true, instructor: { select: { name: true } } } } },
  });
  return rows.map((r) => ({ id: r.class.id, name: r.class.name, instructorName: r.class.instructor.name, joinedAt: r.joinedAt }));
}

// One class the student joined; null when they are not (or no longer) in it.
export async function getClassForStudent(userId: string, classId: string) {
  return db.class.findFirst({
    where: { id: classId, enrollments: { some: { userId, removedAt: null } } },
    select: { id: true, name: true, instructor: { select: { name: true } } },
  });
}
