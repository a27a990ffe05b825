import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { seed } from "@/lib/db/seed";
import { db } from "@/lib/server/db";
import { digestOf, enroll, makeAssignment, makeClass, makeSet, makeUser, NOT_FOUND } from "@/tests/support/classes";
import { signInAs } from "@/tests/auth-mock";
import ClassesPage from "./page";
import StudentClassPage from "./[id]/page";
import AssignmentPage from "../assignments/[id]/page";

vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: (await import("@/tests/auth-mock")).getServerSession }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-retain-path": "/classes" }) }));

// The student pages: a class or assignment the student is not in is a 404; instructors are sent
// to their own area.

const params = (id: string) => ({ params: Promise.resolve({ id }) });

let member: { id: string };
let outsider: { id: string };
let ids: { klass: string; assignment: string };
beforeAll(async () => {
  await seed(db, { demoAccounts: false });
  const teacher = await makeUser("instructor");
  const klass = await makeClass(teacher.id);
  const { id } = await makeAssignment(klass.id, (await makeSet(teacher.id)).id);
  member = await makeUser("student");
  outsider = await makeUser("student");
  await enroll(klass.id, member.id);
  ids = { klass: klass.id, assignment: id };
});
beforeEach(() => signInAs(null));

describe("student class pages", () => {
  it("render for a student in the class", async () => {
    signInAs(member);
    expect(await ClassesPage()).toBeTruthy();
    expect(await StudentClassPage(params(ids.klass))).toBeTruthy();
    expect(await AssignmentPage(params(ids.assignment))).toBeTruthy();
  });

  it("are a 404 for a student who did not join the class", async () => {
    signInAs(outsider);
    expect(await digestOf(StudentClassPage(params(ids.klass)))).toBe(NOT_FOUND);
    expect(await digestOf(AssignmentPage(params(ids.assignment)))).toBe(NOT_FOUND);
    expect(await digestOf(AssignmentPage(params("not a valid id!")))).toBe(NOT_FOUND);
  });

  it("send instructors to /teach (and an assignment to its report)", async () => {
    signInAs(await makeUser("instructor"));
    expect(await digestOf(ClassesPage())).toBe("NEXT_REDIRECT;replace;/teach;307;");
    expect(await digestOf(StudentClassPage(params(ids.klass)))).toBe("NEXT_REDIRECT;replace;/teach;307;");
    expect(await digestOf(AssignmentPage(params(ids.assignment)))).toBe(`NEXT_REDIRECT;replace;/teach/assignments/${ids.assignment};307;`);
  });

  it("send signed-out visitors to sign-in", async () => {
    expect(await digestOf(ClassesPage())).toMatch(/^NEXT_REDIRECT;replace;\/sign-in/);
  });
});
