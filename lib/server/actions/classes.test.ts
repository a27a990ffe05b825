import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/server/db";
import { initialFormState } from "@/lib/view/form-state";
import { digestOf, enroll, FORBIDDEN, form, makeClass, makeUser, NOT_FOUND } from "@/tests/support/classes";
import { signInAs } from "@/tests/auth-mock";
import { createClassAction, deleteClassAction, joinClassAction, removeMemberAction, renameClassAction, restoreMemberAction, updateJoinCodeAction } from "./classes";

vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: (await import("@/tests/auth-mock")).getServerSession }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-retain-path": "/teach" }) }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

// Class server actions: each re-checks the role (403) and ownership (404) itself.

beforeEach(() => signInAs(null));

describe("createClassAction", () => {
  it("creates the instructor's class and opens it", async () => {
    const teacher = await makeUser("instructor");
    signInAs(teacher);
    const digest = await digestOf(createClassAction(initialFormState, form({ name: "Period 3" })));
    const klass = await db.class.findFirstOrThrow({ where: { instructorId: teacher.id } });
    expect(digest).toBe(`NEXT_REDIRECT;replace;/teach/classes/${klass.id};307;`);
    expect(klass.joinCode).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
  });

  it("answers a bad name with the field error and saves nothing", async () => {
    const teacher = await makeUser("instructor");
    signInAs(teacher);
    const state = await createClassAction(initialFormState, form({ name: " " }));
    expect(state).toMatchObject({ ok: false, errors: { name: ["Enter a class name."] } });
    expect(await db.class.count({ where: { instructorId: teacher.id } })).toBe(0);
  });

  it("sends students to the 403 page and signed-out visitors to sign-in", async () => {
    const student = await makeUser("student");
    signInAs(student);
    expect(await digestOf(createClassAction(initialFormState, form({ name: "Mine" })))).toBe(FORBIDDEN);
    signInAs(null);
    expect(await digestOf(createClassAction(initialFormState, form({ name: "Mine" })))).toMatch(/^NEXT_REDIRECT;replace;\/sign-in/);
    expect(await db.class.count({ where: { instructorId: student.id } })).toBe(0);
  });
});

describe("join codes and roster", () => {
  it("the owner regenerates or turns off the code; another instructor gets 404 and changes nothing", async () => {
    const owner = await makeUser("instructor");
    const klass = await makeClass(owner.id, "ABCD2345");
    signInAs(await makeUser("instructor"));
    expect(await digestOf(updateJoinCodeAction(form({ classId: klass.id, action: "off" })))).toBe(NOT_FOUND);
    signInAs(await makeUser("student"));
    expect(await digestOf(updateJoinCodeAction(form({ classId: klass.id, action: "off" })))).toBe(FORBIDDEN);
    expect((await db.class.findUniqueOrThrow({ where: { id: klass.id } })).joinCode).toBe("ABCD2345");
    signInAs(owner);
    await updateJoinCodeAction(form({ classId: klass.id, action: "regenerate" }));
    const fresh = (await db.class.findUniqueOrThrow({ where: { id: klass.id } })).joinCode;
    expect(fresh).not.toBe("ABCD2345");
    expect(fresh).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    await updateJoinCodeAction(form({ classId: klass.id, action: "off" }));
    expect((await db.class.findUniqueOrThrow({ where: { id: klass.id } })).joinCode).toBeNull();
  });

  it("only the class's instructor removes a member", async () => {
    const owner = await makeUser("instructor");
    const student = await makeUser("student");
    const klass = await makeClass(owner.id);
    await enroll(klass.id, student.id);
    signInAs(await makeUser("instructor"));
    expect(await digestOf(removeMemberAction(form({ classId: klass.id, userId: student.id })))).toBe(NOT_FOUND);
    signInAs(student);
    expect(await digestOf(removeMemberAction(form({ classId: klass.id, userId: student.id })))).toBe(FORBIDDEN);
    expect(await db.enrollment.count({ where: { classId: klass.id, removedAt: null } })).toBe(1);
    signInAs(owner);
    await removeMemberAction(form({ classId: klass.id, userId: student.id }));
    expect(await db.enrollment.count({ where: { classId: klass.id, removedAt: null } })).toBe(0);
    await restoreMemberAction(form({ classId: klass.id, userId: student.id }));
    expect(await db.enrollment.count({ where: { classId: klass.id, removedAt: null } })).toBe(1);
  });
});

describe("joinClassAction", () => {
  it("a student joins with the code and lands on the class page", async () => {
    const klass = await makeClass((await makeUser("instructor")).id, "QRST6789");
    const student = await makeUser("student");
    signInAs(student);
    expect(await digestOf(joinClassAction(initialFormState, form({ code: "qrst 6789" })))).toBe(`NEXT_REDIRECT;replace;/classes/${klass.id};307;`);
    expect(await db.enrollment.count({ where: { classId: klass.id, userId: student.id } })).toBe(1);
  });

  it("says so for a wrong code, and instructors cannot join (403)", async () => {
    signInAs(await makeUser("student"));
    expect(await joinClassAction(initialFormState, form({ code: "WXYZ2345" }))).toMatchObject({ ok: false, errors: { code: ["No class takes this code."] } });
    expect(await joinClassAction(initialFormState, form({ code: "short" }))).toMatchObject({ ok: false, errors: { code: [expect.stringMatching(/8 letters/)] } });
    signInAs(await makeUser("instructor"));
    expect(await digestOf(joinClassAction(initialFormState, form({ code: "WXYZ2345" })))).toBe(FORBIDDEN);
  });

  it("tells a student who tried too many wrong codes when to try again, and lets nobody in meanwhile", async () => {
    const klass = await makeClass((await makeUser("instructor")).id, "GSSR2345");
    const student = await makeUser("student");
    signInAs(student);
    for (let i = 0; i < 10; i++) await joinClassAction(initialFormState, form({ code: `WXYZ234${"23456789AB"[i]}` }));
    const state = await joinClassAction(initialFormState, form({ code: "GSSR2345" }));
    expect(state).toMatchObject({ ok: false, message: "Too many wrong class codes. Try again in 15 minutes.", values: { code: "GSSR2345" } });
    expect(await db.enrollment.count({ where: { classId: klass.id } })).toBe(0);
  });
});

describe("renameClassAction and deleteClassAction", () => {
  it("renames the instructor's class, with field errors for a bad name; another instructor gets a 404", async () => {
    const teacher = await makeUser("instructor");
    const klass = await makeClass(teacher.id);
    signInAs(teacher);
    expect(await renameClassAction(initialFormState, form({ classId: klass.id, name: "Period 3" }))).toMatchObject({ ok: true, message: "Name saved." });
    expect(await renameClassAction(initialFormState, form({ classId: klass.id, name: " " }))).toMatchObject({ ok: false, errors: { name: ["Enter a class name."] } });
    signInAs(await makeUser("instructor"));
    expect(await digestOf(renameClassAction(initialFormState, form({ classId: klass.id, name: "Mine" })))).toBe(NOT_FOUND);
    expect(await digestOf(deleteClassAction(form({ classId: klass.id })))).toBe(NOT_FOUND);
    expect(await db.class.findUniqueOrThrow({ where: { id: klass.id } })).toMatchObject({ name: "Period 3" });
  });

  it("deletes the class with its roster and lands on the Teach page", async () => {
    const teacher = await makeUser("instructor");
    const klass = await makeClass(teacher.id);
    await enroll(klass.id, (await makeUser("student")).id);
    signInAs(teacher);
    expect(await digestOf(deleteClassAction(form({ classId: klass.id })))).toBe("NEXT_REDIRECT;replace;/teach;307;");
    expect(await db.class.count({ where: { id: klass.id } })).toBe(0);
    expect(await db.enrollment.count({ where: { classId: klass.id } })).toBe(0);
  });
});
