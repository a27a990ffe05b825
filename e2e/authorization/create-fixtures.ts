import crypto from "node:crypto";
import { createDb } from "@/lib/db/client";
import { generateJoinCode } from "@/lib/domain/classes/join-code";
import { hashPassword } from "@/lib/server/password";

// Records the authorization matrix needs that only an instructor's multi-step work would create:
// other users, the demo instructor's class (with the demo student in it), a set and an assignment.
// Prints their ids as JSON (run by e2e/authorization/matrix.spec.ts through runDbScript).
async function main() {
  const db = createDb();
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const password = process.argv[2] ?? "retain-demo-password";
  const passwordHash = await hashPassword(password);
  const [student, instructor] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { email: "student@example.com" } }),
    db.user.findUniqueOrThrow({ where: { email: "instructor@example.com" } }),
  ]);
  const otherStudent = await db.user.create({ data: { email: `other-student-${stamp}@example.com`, name: "Other Student", role: "student", passwordHash } });
  const otherInstructor = await db.user.create({ data: { email: `other-instructor-${stamp}@example.com`, name: "Other Instructor", role: "instructor", passwordHash } });
  const removable = await db.user.create({ data: { email: `removable-${stamp}@example.com`, name: "Removable", role: "student", passwordHash } });
  const sectionId = "hsi";
  const questions = await db.question.findMany({ where: { sectionId, retiredAt: null }, take: 3, select: { id: true } });
  const cls = await db.class.create({ data: { name: `Matrix ${stamp}`, instructorId: instructor.id, joinCode: `M${stamp.slice(-7)}` } });
  const otherClass = await db.class.create({ data: { name: `Other ${stamp}`, instructorId: otherInstructor.id, joinCode: null } });
  // A class anyone with its code may join: joining it changes nothing the other checks look at.
  const openClass = await db.class.create({ data: { name: `Open ${stamp}`, instructorId: instructor.id, joinCode: generateJoinCode((n) => crypto.randomBytes(n)) } });
  const target = await db.studyTarget.create({ data: { userId: student.id, sections: JSON.stringify([sectionId]), date: new Date(Date.now() + 30 * 86_400_000) } });
  // A class and a set the matrix may delete.
  const removableClass = await db.class.create({ data: { name: `Removable class ${stamp}`, instructorId: instructor.id, joinCode: null } });
  const removableSet = await db.questionSet.create({ data: { ownerId: instructor.id, title: `Removable set ${stamp}` } });
  await db.enrollment.createMany({ data: [{ classId: cls.id, userId: student.id }, { classId: cls.id, userId: removable.id }] });
  const set = await db.questionSet.create({ data: { ownerId: instructor.id, title: `Matrix set ${stamp}` } });
  await db.questionSetItem.createMany({ data: questions.map((q, i) => ({ setId: set.id, position: i, kind: "question", questionId: q.id })) });
  const item = await db.questionSetItem.findFirstOrThrow({ where: { setId: set.id }, orderBy: { position: "asc" } });
  const assignmentData = (title: string) => ({
    classId: cls.id,
    setId: set.id,
    title,
    opensAt: new Date(Date.now() - 3600_000),
    dueAt: new Date(Date.now() + 7 * 86_400_000),
    timeZone: "UTC",
    attemptsAllowed: null,
    gradingMethod: "highest",
    feedback: "immediately",
    lateWork: "accept",
  });
  const assignment = await db.assignment.create({ data: assignmentData(`Matrix assignment ${stamp}`) });
  // One the matrix may delete.
  const removableAssignment = await db.assignment.create({ data: assignmentData(`Removable assignment ${stamp}`) });
  await db.$disconnect();
  console.log(
    JSON.stringify({
      otherStudentEmail: otherStudent.email,
      otherInstructorEmail: otherInstructor.email,
      classId: cls.id,
      otherClassId: otherClass.id,
      openJoinCode: openClass.joinCode,
      questionId: item.questionId,
      targetId: target.id,
      setId: set.id,
      itemId: item.id,
      assignmentId: assignment.id,
      removableAssignmentId: removableAssignment.id,
      removableClassId: removableClass.id,
      removableSetId: removableSet.id,
      sectionId,
      removableStudentId: removable.id,
    }),
  );
}

void main();
