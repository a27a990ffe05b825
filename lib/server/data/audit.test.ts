import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { deleteAccount } from "@/lib/server/data/account";
import { FORGOTTEN_NAME, listAuditEvents } from "@/lib/server/data/audit";
import { createAssignment, deleteAssignment, updateAssignment, type NewAssignment } from "@/lib/server/data/assignments";
import { deleteClass, joinByCode, removeMember, restoreMember, setJoinCode } from "@/lib/server/data/classes";
import { deleteQuestionSet } from "@/lib/server/data/question-sets";
import { enroll, makeClass, makeSet, makeUser } from "@/tests/support/classes";

// The class audit log: each recorded change writes one event in its own transaction, and the
// events outlive what they name.

const now = new Date("2026-03-01T12:00:00Z");
let codes = 0;
const nextCode = () => `CODE${++codes}`;

const eventsOf = (classId: string | null) => db.auditEvent.findMany({ where: { classId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

async function setting() {
  const teacher = await makeUser("instructor");
  const klass = await makeClass(teacher.id, null, "Civics");
  const set = await makeSet(teacher.id);
  return { teacher, klass, set };
}

function newAssignment(classId: string, setId: string): NewAssignment {
  return {
    classId,
    setId,
    title: "Homework 1",
    opensAt: new Date("2026-02-01T08:00:00Z"),
    dueAt: new Date("2026-03-10T22:00:00Z"),
    timeZone: "Europe/Paris",
    timeLimitSeconds: 1800,
    attemptsAllowed: 2,
    gradingMethod: "highest",
    shuffleQuestions: true,
    shuffleOptions: true,
    feedback: "immediately",
    lateWork: "refuse",
    cutoffAt: null,
    holdOutOfSelfStudy: false,
    targetRecall: 0.9,
  };
}
function rulesOf(input: NewAssignment) {
  const rules: Partial<NewAssignment> = { ...input };
  delete rules.classId;
  delete rules.setId;
  return rules as Omit<NewAssignment, "classId" | "setId">;
}

describe("assignments", () => {
  it("records creation, each edit's changed rules before → after, and deletion with its attempt count", async () => {
    const { teacher, klass, set } = await setting();
    const input = newAssignment(klass.id, set.id);
    const created = await createAssignment(teacher.id, input);
    const later = new Date("2026-03-17T22:00:00Z");
    expect(await updateAssignment(teacher.id, created!.id, { ...rulesOf(input), dueAt: later, attemptsAllowed: null }, () => null, now)).toBe(true);
    expect(await updateAssignment(teacher.id, created!.id, { ...rulesOf(input), dueAt: new Date(later), attemptsAllowed: null }, () => null, now)).toBe(true);
    const student = await makeUser("student");
    await db.quizAttempt.create({ data: { userId: student.id, mode: "exam", sectionIds: "[]", seed: "s", maxScore: 3, assignmentId: created!.id, finishedAt: now } });
    expect(await deleteAssignment(teacher.id, created!.id)).toEqual({ classId: klass.id, attempts: 1 });

    const events = await eventsOf(klass.id);
    expect(events.map((e) => e.action)).toEqual(["assignment.created", "assignment.updated", "assignment.deleted"]);
    expect(events.every((e) => e.actorId === teacher.id && e.actorName === teacher.name && e.actorEmail === teacher.email && e.subjectId === created!.id && e.subjectLabel === "Homework 1" && e.setId === set.id)).toBe(true);
    expect(JSON.parse(events[0]!.details).rules).toMatchObject({ dueAt: "2026-03-10T22:00:00.000Z", attemptsAllowed: 2 });
    expect(JSON.parse(events[1]!.details)).toEqual({
      changes: [
        { field: "dueAt", before: "2026-03-10T22:00:00.000Z", after: "2026-03-17T22:00:00.000Z" },
        { field: "attemptsAllowed", before: 2, after: null },
      ],
    });
    expect(JSON.parse(events[2]!.details)).toMatchObject({ attempts: 1, setTitle: "Set", rules: { attemptsAllowed: null } });
  });

  it("an edit that fails part-way changes nothing and records nothing", async () => {
    const { teacher, klass, set } = await setting();
    const input = newAssignment(klass.id, set.id);
    const created = await createAssignment(teacher.id, input);
    const student = await makeUser("student");
    await db.quizAttempt.create({ data: { userId: student.id, mode: "exam", sectionIds: "[]", seed: "s", maxScore: 3, assignmentId: created!.id, startedAt: now } });
    const failing = () => {
      throw new Error("deadline failed");
    };
    await expect(updateAssignment(teacher.id, created!.id, { ...rulesOf(input), title: "Changed" }, failing, now)).rejects.toThrow("deadline failed");
    expect((await db.assignment.findUniqueOrThrow({ where: { id: created!.id } })).title).toBe("Homework 1");
    expect((await eventsOf(klass.id)).map((e) => e.action)).toEqual(["assignment.created"]);
  });

  it("records nothing for another instructor's assignment", async () => {
    const { teacher, klass, set } = await setting();
    const other = await makeUser("instructor");
    const input = newAssignment(klass.id, set.id);
    expect(await createAssignment(other.id, input)).toBeNull();
    const created = await createAssignment(teacher.id, input);
    expect(await updateAssignment(other.id, created!.id, { ...rulesOf(input), title: "Mine now" }, () => null, now)).toBe(false);
    expect(await deleteAssignment(other.id, created!.id)).toBeNull();
    expect((await eventsOf(klass.id)).map((e) => e.action)).toEqual(["assignment.created"]);
  });
});

describe("the roster and the join code", () => {
  it("records a student joining (once), removed (once) and restored, with their name and email", async () => {
    const { teacher, klass } = await setting();
    const code = nextCode();
    await db.class.update({ where: { id: klass.id }, data: { joinCode: code } });
    const student = await makeUser("student");
    expect(await joinByCode(student.id, code)).toMatchObject({ id: klass.id, removed: false });
    expect(await joinByCode(student.id, code)).toMatchObject({ removed: false });
    expect(await removeMember(teacher.id, klass.id, student.id, now)).toBe(true);
    expect(await removeMember(teacher.id, klass.id, student.id, now)).toBe(true);
    expect(await joinByCode(student.id, code)).toMatchObject({ removed: true });
    expect(await restoreMember(teacher.id, klass.id, student.id)).toBe(true);
    expect(await restoreMember(teacher.id, klass.id, student.id)).toBe(true);

    const events = await eventsOf(klass.id);
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["member.joined", student.id],
      ["member.removed", teacher.id],
      ["member.restored", teacher.id],
    ]);
    expect(events.every((e) => e.subjectType === "member" && e.subjectId === student.id && e.subjectLabel === student.name && JSON.parse(e.details).email === student.email)).toBe(true);
  });

  it("another instructor cannot remove a student, and nothing is recorded", async () => {
    const { klass } = await setting();
    const student = await makeUser("student");
    await enroll(klass.id, student.id);
    const other = await makeUser("instructor");
    expect(await removeMember(other.id, klass.id, student.id, now)).toBe(false);
    expect(await db.auditEvent.count({ where: { classId: klass.id } })).toBe(0);
  });

  it("records a new code, joining turned off (once) and turned on again, never the code itself", async () => {
    const { teacher, klass } = await setting();
    expect(await setJoinCode(teacher.id, klass.id, "regenerate", nextCode)).toBe(true);
    const code = (await db.class.findUniqueOrThrow({ where: { id: klass.id } })).joinCode!;
    expect(await setJoinCode(teacher.id, klass.id, "off", nextCode)).toBe(true);
    expect(await setJoinCode(teacher.id, klass.id, "off", nextCode)).toBe(true);
    expect(await setJoinCode(teacher.id, klass.id, "regenerate", nextCode)).toBe(true);
    expect(await setJoinCode((await makeUser("instructor")).id, klass.id, "off", nextCode)).toBe(false);

    const events = await eventsOf(klass.id);
    expect(events.map((e) => [e.action, JSON.parse(e.details)])).toEqual([
      ["join-code.regenerated", { wasOff: true }],
      ["join-code.turned-off", {}],
      ["join-code.regenerated", { wasOff: true }],
    ]);
    expect(events.some((e) => e.details.includes(code))).toBe(false);
  });
});

describe("deletions", () => {
  it("deleting the class keeps its events and adds its own", async () => {
    const { teacher, klass, set } = await setting();
    const student = await makeUser("student");
    await enroll(klass.id, student.id);
    await createAssignment(teacher.id, newAssignment(klass.id, set.id));
    await removeMember(teacher.id, klass.id, student.id, now);
    expect(await deleteClass(teacher.id, klass.id)).toEqual({ assignments: 1 });

    expect(await db.class.count({ where: { id: klass.id } })).toBe(0);
    const events = await eventsOf(klass.id);
    expect(events.map((e) => e.action)).toEqual(["assignment.created", "member.removed", "class.deleted"]);
    expect(events[2]).toMatchObject({ subjectType: "class", subjectLabel: "Civics", actorId: teacher.id });
    expect(JSON.parse(events[2]!.details)).toEqual({ assignments: 1, members: 0 });
    // The log outlives the class, but no one can page through a class that is gone.
    expect(await listAuditEvents(teacher.id, klass.id, 1, 50)).toBeNull();
  });

  it("a set's deletion is filed under each class it served, or under no class", async () => {
    const { teacher, klass, set } = await setting();
    const second = await makeClass(teacher.id, null, "Second");
    for (const classId of [klass.id, second.id]) {
      const created = await createAssignment(teacher.id, newAssignment(classId, set.id));
      await deleteAssignment(teacher.id, created!.id);
    }
    expect(await deleteQuestionSet(teacher.id, set.id)).toEqual({ status: "deleted" });
    for (const classId of [klass.id, second.id]) {
      expect((await eventsOf(classId)).map((e) => e.action)).toEqual(["assignment.created", "assignment.deleted", "question-set.deleted"]);
    }
    const unused = await makeSet(teacher.id);
    expect(await deleteQuestionSet(teacher.id, unused.id)).toEqual({ status: "deleted" });
    expect(await db.auditEvent.findMany({ where: { subjectId: unused.id } })).toEqual([expect.objectContaining({ classId: null, action: "question-set.deleted", actorId: teacher.id })]);
  });

  it("a set in use is not deleted and nothing is recorded", async () => {
    const { teacher, klass, set } = await setting();
    await createAssignment(teacher.id, newAssignment(klass.id, set.id));
    expect(await deleteQuestionSet(teacher.id, set.id)).toEqual({ status: "in-use", assignments: 1 });
    expect(await db.auditEvent.count({ where: { action: "question-set.deleted", subjectId: set.id } })).toBe(0);
  });
});

describe("account deletion", () => {
  it("keeps the events but not the deleted student's name or email", async () => {
    const { teacher, klass } = await setting();
    const code = nextCode();
    await db.class.update({ where: { id: klass.id }, data: { joinCode: code } });
    const student = await makeUser("student");
    await joinByCode(student.id, code);
    await removeMember(teacher.id, klass.id, student.id, now);
    expect(await deleteAccount(student.id)).toBe(true);

    const events = await eventsOf(klass.id);
    expect(events.map((e) => e.action)).toEqual(["member.joined", "member.removed"]);
    expect(events.every((e) => e.subjectId === student.id && e.subjectLabel === FORGOTTEN_NAME && e.details === "{}")).toBe(true);
    expect(events[0]).toMatchObject({ actorName: FORGOTTEN_NAME, actorEmail: "" });
    expect(events[1]).toMatchObject({ actorName: teacher.name, actorEmail: teacher.email });
    expect(JSON.stringify(events)).not.toContain(student.email);
  });
});

describe("listAuditEvents", () => {
  it("pages newest first for the class's instructor only", async () => {
    const { teacher, klass } = await setting();
    for (const mode of ["regenerate", "off", "regenerate"] as const) await setJoinCode(teacher.id, klass.id, mode, nextCode);
    const first = await listAuditEvents(teacher.id, klass.id, 1, 2);
    const second = await listAuditEvents(teacher.id, klass.id, 2, 2);
    expect(first!.hasMore).toBe(true);
    expect(second!.hasMore).toBe(false);
    const all = [...first!.events, ...second!.events];
    expect(all).toHaveLength(3);
    expect(new Set(all.map((e) => e.id)).size).toBe(3);
    for (let i = 1; i < all.length; i++) expect(all[i - 1]!.createdAt.getTime()).toBeGreaterThanOrEqual(all[i]!.createdAt.getTime());
    expect(await listAuditEvents((await makeUser("instructor")).id, klass.id, 1, 2)).toBeNull();
  });
});
