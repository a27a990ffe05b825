import { beforeEach, describe, expect, it, vi } from "vitest";
import { makeClass, makeUser, readJson, enroll } from "@/tests/support/classes";
import { signInAs } from "@/tests/auth-mock";
import { GET as audit } from "./[id]/audit/route";
import { DELETE as removeMember } from "./[id]/members/[userId]/route";
import { DELETE as deleteClass } from "./[id]/route";
import { db } from "@/lib/server/db";

vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: (await import("@/tests/auth-mock")).getServerSession }));

// GET /api/v1/classes/:id/audit: the class's instructor reads its log; nobody else does.

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const get = (id: string, query = "") => audit(new Request(`http://localhost/api/v1/classes/${id}/audit${query}`), ctx(id));

beforeEach(() => signInAs(null));

async function classWithRemoval() {
  const teacher = await makeUser("instructor");
  const klass = await makeClass(teacher.id, null, "Period 1");
  const student = await makeUser("student");
  await enroll(klass.id, student.id);
  signInAs(teacher);
  const removed = await removeMember(new Request("http://localhost/", { method: "DELETE" }), { params: Promise.resolve({ id: klass.id, userId: student.id }) });
  expect(removed.status).toBe(204);
  return { teacher, klass, student };
}

describe("GET /api/v1/classes/:id/audit", () => {
  it("gives the instructor the removal made through the API, with who and when", async () => {
    const { teacher, klass, student } = await classWithRemoval();
    const res = await get(klass.id);
    expect(res.status).toBe(200);
    const body = await readJson(res);
    expect(body).toMatchObject({ page: 1, hasMore: false });
    expect(body.events).toEqual([
      expect.objectContaining({ action: "member.removed", actor: { id: teacher.id, name: teacher.name, email: teacher.email }, subject: { type: "member", id: student.id, label: student.name }, details: { email: student.email } }),
    ]);
    expect(Number.isNaN(Date.parse(body.events[0].createdAt))).toBe(false);
  });

  it("denies others: signed out 401, a student of the class 403, another instructor 404", async () => {
    const { klass, student } = await classWithRemoval();
    signInAs(null);
    expect((await get(klass.id)).status).toBe(401);
    signInAs(student);
    expect((await get(klass.id)).status).toBe(403);
    signInAs(await makeUser("instructor"));
    const other = await get(klass.id);
    expect(other.status).toBe(404);
    expect(JSON.stringify(await readJson(other))).not.toContain(student.email);
  });

  it("answers 422 for a bad page and 404 for a malformed id", async () => {
    const { klass } = await classWithRemoval();
    for (const query of ["?page=0", "?page=x", "?page=1.5", "?page=-2"]) expect((await get(klass.id, query)).status).toBe(422);
    expect((await get("not a valid id!")).status).toBe(404);
    expect((await readJson(await get(klass.id, "?page=2"))).events).toEqual([]);
  });

  it("keeps the events once the class is deleted (the API then has no class to show)", async () => {
    const { klass } = await classWithRemoval();
    expect((await deleteClass(new Request("http://localhost/", { method: "DELETE" }), ctx(klass.id))).status).toBe(204);
    expect((await get(klass.id)).status).toBe(404);
    expect((await db.auditEvent.findMany({ where: { classId: klass.id } })).map((e) => e.action)).toEqual(["member.removed", "class.deleted"]);
  });
});
