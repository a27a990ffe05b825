import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/server/db";
import { jsonRequest, signInAs } from "@/tests/auth-mock";
import { enroll, makeClass, makeUser, readJson } from "@/tests/support/classes";
import { GET as list, POST as create } from "./route";
import { POST as join } from "./join/route";
import { DELETE as remove, GET as read, PATCH as rename } from "./[id]/route";
import { POST as joinCode } from "./[id]/join-code/route";
import { DELETE as removeMember, PUT as restoreMember } from "./[id]/members/[userId]/route";

vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: (await import("@/tests/auth-mock")).getServerSession }));

// The classes JSON API with a real database; only the session lookup is mocked.

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const body = readJson;

beforeEach(() => signInAs(null));

describe("signed out", () => {
  it("answers 401 everywhere and creates nothing", async () => {
    const before = await db.class.count();
    expect((await list()).status).toBe(401);
    expect((await create(jsonRequest("/api/v1/classes", "POST", { name: "X" }))).status).toBe(401);
    expect((await join(jsonRequest("/api/v1/classes/join", "POST", { code: "ABCDEFGH" }))).status).toBe(401);
    expect((await read(new Request("http://localhost/"), ctx("x"))).status).toBe(401);
    expect(await db.class.count()).toBe(before);
  });
});

describe("creating and listing classes", () => {
  it("an instructor creates a class with an 8-character unambiguous join code", async () => {
    const teacher = await makeUser("instructor");
    signInAs(teacher);
    const res = await create(jsonRequest("/api/v1/classes", "POST", { name: "  Civics 101 " }));
    expect(res.status).toBe(201);
    const { class: created } = await body(res);
    expect(created).toMatchObject({ name: "Civics 101" });
    expect((created as { joinCode: string }).joinCode).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
  });

  it("refuses bad input with 400/422 and saves nothing", async () => {
    const teacher = await makeUser("instructor");
    signInAs(teacher);
    const before = await db.class.count();
    expect((await create(jsonRequest("/api/v1/classes", "POST", "{nope"))).status).toBe(400);
    const res = await create(jsonRequest("/api/v1/classes", "POST", { name: "   " }));
    expect(res.status).toBe(422);
    expect((await body(res)).issues).toEqual([expect.objectContaining({ path: "name" })]);
    expect((await create(jsonRequest("/api/v1/classes", "POST", { name: "x".repeat(101) }))).status).toBe(422);
    expect((await create(jsonRequest("/api/v1/classes", "POST", { name: "ok", instructorId: "someone" }))).status).toBe(422);
    expect(await db.class.count()).toBe(before);
  });

  it("a student cannot create a class (403)", async () => {
    signInAs(await makeUser("student"));
    expect((await create(jsonRequest("/api/v1/classes", "POST", { name: "Mine" }))).status).toBe(403);
  });

  it("an instructor sees only their own classes", async () => {
    const a = await makeUser("instructor");
    const b = await makeUser("instructor");
    const mine = await makeClass(a.id, null, "A's class");
    await makeClass(b.id, null, "B's class");
    signInAs(a);
    const { classes } = await body(await list());
    expect((classes as { id: string }[]).map((c) => c.id)).toEqual([mine.id]);
  });
});

describe("one class", () => {
  it("its instructor reads the roster; another instructor gets 404", async () => {
    const a = await makeUser("instructor");
    const b = await makeUser("instructor");
    const student = await makeUser("student");
    const klass = await makeClass(a.id);
    await enroll(klass.id, student.id);
    signInAs(a);
    const res = await read(new Request("http://localhost/"), ctx(klass.id));
    expect(res.status).toBe(200);
    expect(((await body(res)).class as { members: { id: string }[] }).members.map((m) => m.id)).toEqual([student.id]);
    signInAs(b);
    expect((await read(new Request("http://localhost/"), ctx(klass.id))).status).toBe(404);
    expect((await read(new Request("http://localhost/"), ctx("../etc"))).status).toBe(404);
  });

  it("a student reads a class they joined (no roster, no code) but not another one (404)", async () => {
    const teacher = await makeUser("instructor");
    const student = await makeUser("student");
    const joined = await makeClass(teacher.id, "JNDCASSS");
    const other = await makeClass(teacher.id);
    await enroll(joined.id, student.id);
    signInAs(student);
    const res = await read(new Request("http://localhost/"), ctx(joined.id));
    expect(res.status).toBe(200);
    const data = await body(res);
    expect(JSON.stringify(data)).not.toContain("JNDCASSS");
    expect(data.class).not.toHaveProperty("members");
    expect((await read(new Request("http://localhost/"), ctx(other.id))).status).toBe(404);
  });
});

describe("joining with a code", () => {
  it("a student joins with the code typed loosely; joining again changes nothing", async () => {
    const teacher = await makeUser("instructor");
    const student = await makeUser("student");
    const klass = await makeClass(teacher.id, "HJKM2345");
    signInAs(student);
    const res = await join(jsonRequest("/api/v1/classes/join", "POST", { code: " hjkm-2345 " }));
    expect(res.status).toBe(200);
    expect((await body(res)).class).toMatchObject({ id: klass.id });
    expect((await join(jsonRequest("/api/v1/classes/join", "POST", { code: "HJKM2345" }))).status).toBe(200);
    expect(await db.enrollment.count({ where: { classId: klass.id } })).toBe(1);
    const { classes } = await body(await list());
    expect((classes as { id: string }[]).map((c) => c.id)).toEqual([klass.id]);
  });

  it("refuses malformed codes (422), unknown ones (404) and instructors (403)", async () => {
    signInAs(await makeUser("student"));
    expect((await join(jsonRequest("/api/v1/classes/join", "POST", { code: "ABC" }))).status).toBe(422);
    expect((await join(jsonRequest("/api/v1/classes/join", "POST", { code: "OOOOOOOO" }))).status).toBe(422);
    expect((await join(jsonRequest("/api/v1/classes/join", "POST", { code: "ZZZZZZZZ" }))).status).toBe(404);
    signInAs(await makeUser("instructor"));
    expect((await join(jsonRequest("/api/v1/classes/join", "POST", { code: "ZZZZZZZZ" }))).status).toBe(403);
  });

  it("after 10 wrong codes in 15 minutes refuses every code (429, Retry-After), the right one too, for that student only", async () => {
    const teacher = await makeUser("instructor");
    const klass = await makeClass(teacher.id, "THRT2345");
    const guesser = await makeUser("student");
    signInAs(guesser);
    for (let i = 0; i < 10; i++) expect((await join(jsonRequest("/x", "POST", { code: `ZZZZZZ${"23456789"[i % 8]}${"ABCDEFGHJK"[i]}` }))).status).toBe(404);
    const refused = await join(jsonRequest("/x", "POST", { code: "THRT2345" }));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(800);
    expect((await body(refused)).error).toMatch(/Too many wrong class codes\. Try again in 15 minutes\./);
    expect(await db.enrollment.count({ where: { classId: klass.id } })).toBe(0);
    // Another student is not affected.
    signInAs(await makeUser("student"));
    expect((await join(jsonRequest("/x", "POST", { code: "THRT2345" }))).status).toBe(200);
  });

  it("a regenerated code replaces the old one; a code turned off lets nobody in", async () => {
    const teacher = await makeUser("instructor");
    const klass = await makeClass(teacher.id, "PRVC2345");
    signInAs(teacher);
    const res = await joinCode(jsonRequest("/x", "POST", { action: "regenerate" }), ctx(klass.id));
    expect(res.status).toBe(200);
    const fresh = (await body(res)).joinCode as string;
    expect(fresh).not.toBe("PRVC2345");
    const student = await makeUser("student");
    signInAs(student);
    expect((await join(jsonRequest("/x", "POST", { code: "PRVC2345" }))).status).toBe(404);
    expect((await join(jsonRequest("/x", "POST", { code: fresh }))).status).toBe(200);
    signInAs(teacher);
    expect(await body(await joinCode(jsonRequest("/x", "POST", { action: "off" }), ctx(klass.id)))).toEqual({ joinCode: null });
    signInAs(await makeUser("student"));
    expect((await join(jsonRequest("/x", "POST", { code: fresh }))).status).toBe(404);
  });

  it("another instructor cannot change the code (404), a student cannot at all (403)", async () => {
    const owner = await makeUser("instructor");
    const klass = await makeClass(owner.id, "KEEP2345");
    signInAs(await makeUser("instructor"));
    expect((await joinCode(jsonRequest("/x", "POST", { action: "off" }), ctx(klass.id))).status).toBe(404);
    signInAs(await makeUser("student"));
    expect((await joinCode(jsonRequest("/x", "POST", { action: "off" }), ctx(klass.id))).status).toBe(403);
    signInAs(owner);
    expect((await joinCode(jsonRequest("/x", "POST", { action: "delete" }), ctx(klass.id))).status).toBe(422);
    expect((await db.class.findUniqueOrThrow({ where: { id: klass.id } })).joinCode).toBe("KEEP2345");
  });
});

describe("removing a member", () => {
  it("the class's instructor removes a student; another instructor cannot (404)", async () => {
    const owner = await makeUser("instructor");
    const student = await makeUser("student");
    const klass = await makeClass(owner.id);
    await enroll(klass.id, student.id);
    const params = { params: Promise.resolve({ id: klass.id, userId: student.id }) };
    signInAs(await makeUser("instructor"));
    expect((await removeMember(new Request("http://localhost/"), params)).status).toBe(404);
    signInAs(student);
    expect((await removeMember(new Request("http://localhost/"), params)).status).toBe(403);
    expect(await db.enrollment.count({ where: { classId: klass.id } })).toBe(1);
    signInAs(owner);
    expect((await removeMember(new Request("http://localhost/"), params)).status).toBe(204);
    // Removing twice is harmless, and the enrollment is kept (marked removed) for the gradebook.
    expect((await removeMember(new Request("http://localhost/"), params)).status).toBe(204);
    expect(await db.enrollment.count({ where: { classId: klass.id, removedAt: { not: null } } })).toBe(1);
    // Removed: the student no longer sees the class.
    signInAs(student);
    expect((await read(new Request("http://localhost/"), ctx(klass.id))).status).toBe(404);
    expect((await restoreMember(new Request("http://localhost/"), params)).status).toBe(403);
    // Restored by the instructor: the class is theirs to see again.
    signInAs(owner);
    expect((await restoreMember(new Request("http://localhost/"), params)).status).toBe(204);
    signInAs(student);
    expect((await read(new Request("http://localhost/"), ctx(klass.id))).status).toBe(200);
  });
});

describe("renaming and deleting a class", () => {
  it("the instructor renames their class; bad names are 422; others get 404 (instructors) or 403 (students)", async () => {
    const teacher = await makeUser("instructor");
    const klass = await makeClass(teacher.id);
    signInAs(teacher);
    expect(await body(await rename(jsonRequest("/x", "PATCH", { name: "  Civics B " }), ctx(klass.id)))).toEqual({ class: { id: klass.id, name: "Civics B" } });
    expect((await rename(jsonRequest("/x", "PATCH", { name: "" }), ctx(klass.id))).status).toBe(422);
    signInAs(await makeUser("instructor"));
    expect((await rename(jsonRequest("/x", "PATCH", { name: "Mine" }), ctx(klass.id))).status).toBe(404);
    signInAs(await makeUser("student"));
    expect((await rename(jsonRequest("/x", "PATCH", { name: "Mine" }), ctx(klass.id))).status).toBe(403);
    expect((await db.class.findUniqueOrThrow({ where: { id: klass.id } })).name).toBe("Civics B");
  });

  it("deleting a class removes its roster and assignments; again, or by another instructor, it is a 404", async () => {
    const teacher = await makeUser("instructor");
    const student = await makeUser("student");
    const klass = await makeClass(teacher.id);
    await enroll(klass.id, student.id);
    const set = await db.questionSet.create({ data: { ownerId: teacher.id, title: "Set" } });
    await db.assignment.create({ data: { classId: klass.id, setId: set.id, title: "HW", opensAt: new Date("2020-01-01T00:00:00Z"), dueAt: new Date(Date.now() + 86_400_000), timeZone: "UTC", gradingMethod: "highest", feedback: "immediately", lateWork: "accept" } });
    signInAs(await makeUser("instructor"));
    expect((await remove(new Request("http://localhost/"), ctx(klass.id))).status).toBe(404);
    signInAs(teacher);
    expect((await remove(new Request("http://localhost/"), ctx(klass.id))).status).toBe(204);
    expect(await db.class.count({ where: { id: klass.id } })).toBe(0);
    expect(await db.enrollment.count({ where: { classId: klass.id } })).toBe(0);
    expect(await db.assignment.count({ where: { classId: klass.id } })).toBe(0);
    // The set is the instructor's own and stays.
    expect(await db.questionSet.count({ where: { id: set.id } })).toBe(1);
    expect((await remove(new Request("http://localhost/"), ctx(klass.id))).status).toBe(404);
  });
});
