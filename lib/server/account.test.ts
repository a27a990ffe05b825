import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/server/db";
import { jsonRequest, signInAs } from "@/tests/auth-mock";
import { GET as exportRoute } from "@/app/api/v1/account/export/route";
import { DELETE as deleteRoute } from "@/app/api/v1/account/route";
import { hashPassword } from "@/lib/server/password";

vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: (await import("@/tests/auth-mock")).getServerSession }));

async function makeUser(email: string) {
  return db.user.create({ data: { email, name: email, role: "student", passwordHash: "secret-hash" } });
}

beforeEach(() => signInAs(null));

describe("account data export", () => {
  it("answers 401 when signed out", async () => {
    expect((await exportRoute()).status).toBe(401);
  });

  it("gives the user their own data as a JSON download, without the password hash or anyone else's rows", async () => {
    const me = await makeUser("me@example.com");
    const other = await makeUser("other@example.com");
    await db.quizAttempt.create({ data: { userId: me.id, mode: "practice", sectionIds: "[]", seed: "s", maxScore: 1 } });
    await db.quizAttempt.create({ data: { userId: other.id, mode: "exam", sectionIds: "[]", seed: "t", maxScore: 2 } });
    signInAs(me);
    const response = await exportRoute();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="retain-export-/);
    const text = await response.text();
    expect(text).not.toContain("secret-hash");
    const data = JSON.parse(text);
    expect(data.user.email).toBe("me@example.com");
    expect(data.quiz.attempts).toHaveLength(1);
    expect(data.quiz.attempts[0].mode).toBe("practice");
  });
});

describe("account data export: extensions and grades of the instructor's own", () => {
  it("lists the learner's extensions and grade overrides with their assignment, not the override's reason nor anyone else's", async () => {
    const me = await makeUser("extended@example.com");
    const other = await makeUser("classmate@example.com");
    const teacher = await db.user.create({ data: { email: "teacher-export@example.com", name: "T", role: "instructor", passwordHash: "x" } });
    const klass = await db.class.create({ data: { name: "Export class", instructorId: teacher.id, joinCode: null } });
    await db.enrollment.createMany({ data: [{ classId: klass.id, userId: me.id }, { classId: klass.id, userId: other.id }] });
    const set = await db.questionSet.create({ data: { ownerId: teacher.id, title: "Export set" } });
    const assignment = await db.assignment.create({
      data: { classId: klass.id, setId: set.id, title: "Essay week", opensAt: new Date("2026-01-01T00:00:00Z"), dueAt: new Date("2026-01-08T00:00:00Z"), timeZone: "UTC", attemptsAllowed: 1, gradingMethod: "highest", feedback: "after_due", lateWork: "accept" },
    });
    await db.assignmentExtension.create({ data: { assignmentId: assignment.id, userId: me.id, dueAt: new Date("2026-01-10T00:00:00Z"), extraAttempts: 2 } });
    await db.assignmentExtension.create({ data: { assignmentId: assignment.id, userId: other.id, extraAttempts: 5 } });
    await db.gradeOverride.create({ data: { assignmentId: assignment.id, userId: me.id, percent: 85, reason: "Private note for the instructor" } });
    await db.gradeOverride.create({ data: { assignmentId: assignment.id, userId: other.id, percent: 12, reason: "Another private note" } });
    signInAs(me);
    const text = await (await exportRoute()).text();
    expect(text).not.toContain("Private note");
    expect(text).not.toContain("Another private note");
    const data = JSON.parse(text);
    expect(data.classes.extensions).toEqual([
      { assignmentId: assignment.id, assignment: { title: "Essay week", classId: klass.id }, dueAt: "2026-01-10T00:00:00.000Z", extraAttempts: 2, updatedAt: expect.any(String) },
    ]);
    expect(data.classes.gradeOverrides).toEqual([{ assignmentId: assignment.id, assignment: { title: "Essay week", classId: klass.id }, percent: 85, updatedAt: expect.any(String) }]);
  });
});

describe("account deletion", () => {
  it("needs the confirmation phrase (422) and keeps the data until then", async () => {
    const me = await makeUser("keep@example.com");
    signInAs(me);
    const response = await deleteRoute(jsonRequest("/api/v1/account", "DELETE", { confirm: "yes" }));
    expect(response.status).toBe(422);
    expect(await db.user.count({ where: { id: me.id } })).toBe(1);
    expect((await deleteRoute(jsonRequest("/api/v1/account", "DELETE", "{not json"))).status).toBe(400);
  });

  it("needs the password typed again: a wrong one is 403 and nothing is deleted", async () => {
    const me = await db.user.create({ data: { email: "careful@example.com", name: "C", role: "student", passwordHash: await hashPassword("the right password") } });
    signInAs(me);
    const missing = await deleteRoute(jsonRequest("/api/v1/account", "DELETE", { confirm: "delete my account" }));
    expect(missing.status).toBe(422);
    const wrong = await deleteRoute(jsonRequest("/api/v1/account", "DELETE", { confirm: "delete my account", password: "a guess" }));
    expect(wrong.status).toBe(403);
    expect((await wrong.json()).error).toBe("That is not your current password.");
    expect(await db.user.count({ where: { id: me.id } })).toBe(1);
  });

  it("deletes the user and everything theirs, and nobody else's", async () => {
    const me = await db.user.create({ data: { email: "gone@example.com", name: "G", role: "student", passwordHash: await hashPassword("the right password") } });
    const other = await makeUser("stays@example.com");
    await db.quizAttempt.create({ data: { userId: me.id, mode: "practice", sectionIds: "[]", seed: "s", maxScore: 1 } });
    await db.class.create({ data: { name: "Mine", instructorId: me.id, joinCode: "ABCDEFGH" } });
    await db.quizAttempt.create({ data: { userId: other.id, mode: "practice", sectionIds: "[]", seed: "o", maxScore: 1 } });
    signInAs(me);
    const response = await deleteRoute(jsonRequest("/api/v1/account", "DELETE", { confirm: "delete my account", password: "the right password" }));
    expect(response.status).toBe(200);
    expect(await db.user.count({ where: { id: me.id } })).toBe(0);
    expect(await db.quizAttempt.count({ where: { userId: me.id } })).toBe(0);
    expect(await db.class.count({ where: { instructorId: me.id } })).toBe(0);
    expect(await db.quizAttempt.count({ where: { userId: other.id } })).toBe(1);
    // The deleted user's session no longer opens anything.
    expect((await exportRoute()).status).toBe(401);
  });
});
