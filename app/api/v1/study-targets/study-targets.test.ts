import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { seed } from "@/lib/db/seed";
import { db } from "@/lib/server/db";
import { enroll, makeAssignment, makeClass, makeSet, makeUser } from "@/tests/support/classes";
import { setMaterial } from "@/lib/server/review/targets";
import { jsonRequest, signInAs } from "@/tests/auth-mock";
import { DELETE as remove, GET as list, POST as create } from "./route";
import { GET as readinessRoute } from "../assignments/[id]/readiness/route";
import { GET as queueRoute } from "../review/queue/route";

vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: (await import("@/tests/auth-mock")).getServerSession }));

// Study for a date through the JSON API: a learner's own targets, targets from assignments, the
// "review ahead" queue of a target, and an assignment's readiness for its student and instructor.

const DAY = 86_400_000;
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const readiness = (id: string) => readinessRoute(new Request("http://localhost/"), ctx(id));
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

beforeAll(async () => {
  await seed(db, { demoAccounts: false });
});
beforeEach(() => signInAs(null));

// A class with a set due in 10 days, its instructor and a student who studied the set's material:
// every card reviewed 3 days ago with stability 5, except the first (never studied).
async function classWithAssignment() {
  const teacher = await makeUser("instructor");
  const student = await makeUser("student");
  const klass = await makeClass(teacher.id);
  const set = await makeSet(teacher.id, "ero", 3);
  await enroll(klass.id, student.id);
  const assignment = await makeAssignment(klass.id, set.id, { dueAt: new Date(Date.now() + 10 * DAY) });
  const material = await setMaterial(set.id);
  const flashcards = await db.flashcard.findMany({ where: { id: { in: material } }, select: { id: true, sectionId: true, position: true } });
  const lastReview = new Date(Date.now() - 3 * DAY);
  for (const [i, f] of flashcards.sort((a, b) => a.position - b.position).entries()) {
    await db.card.create({
      data: {
        userId: student.id,
        flashcardId: f.id,
        sectionId: f.sectionId,
        position: f.position,
        ...(i === 0
          ? { state: "new", due: new Date(), stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0 }
          : { state: "review", due: new Date(Date.now() + (i + 1) * DAY), stability: 2 + i * 3, difficulty: 5, elapsedDays: 3, scheduledDays: 5, learningSteps: 0, reps: 3, lapses: 0, lastReview }),
      },
    });
  }
  return { teacher, student, klass, set, assignment, material };
}

describe("/api/v1/study-targets", () => {
  it("answers 401 signed out", async () => {
    expect((await list()).status).toBe(401);
    expect((await create(jsonRequest("/api/v1/study-targets", "POST", { sectionIds: ["ero"], date: isoDay(5) }))).status).toBe(401);
  });

  it("adds, lists and deletes a learner's own target; another learner cannot delete it", async () => {
    const me = await makeUser("student");
    signInAs(me);
    const created = await create(jsonRequest("/api/v1/study-targets", "POST", { sectionIds: ["ero"], date: isoDay(7), targetRecall: 0.95 }));
    expect(created.status).toBe(201);
    const { target } = (await created.json()) as { target: { id: string } };
    const { targets } = (await (await list()).json()) as { targets: { id: string; kind: string; targetRecall: number; readiness: { onDate: number; unseen: number; total: number }; pacing: { status: string; perDay: number } }[] };
    const mine = targets.find((t) => t.id === target.id)!;
    expect(mine).toMatchObject({ kind: "own", targetRecall: 0.95, readiness: { onDate: 0, unseen: mine.readiness.total } });
    expect(mine.readiness.total).toBeGreaterThan(0);
    expect(mine.pacing.perDay).toBe(Math.ceil(mine.readiness.total / 7));

    const other = await makeUser("student");
    signInAs(other);
    expect((await remove(jsonRequest("/api/v1/study-targets", "DELETE", { id: target.id }))).status).toBe(404);
    signInAs(me);
    expect((await remove(jsonRequest("/api/v1/study-targets", "DELETE", { id: target.id }))).status).toBe(200);
    expect(await db.studyTarget.count({ where: { userId: me.id } })).toBe(0);
  });

  it("refuses a date not after today, an unknown section and bad input (422), and bad JSON (400)", async () => {
    const me = await makeUser("student");
    signInAs(me);
    const post = (body: unknown) => create(jsonRequest("/api/v1/study-targets", "POST", body));
    for (const body of [
      { sectionIds: ["ero"], date: isoDay(-1) },
      { sectionIds: ["ero"], date: "2027-02-30" },
      { sectionIds: ["no-such-section"], date: isoDay(5) },
      { sectionIds: [], date: isoDay(5) },
      { sectionIds: ["ero"], date: isoDay(5), targetRecall: 1.5 },
      { sectionIds: ["ero"], date: isoDay(5), extra: true },
    ]) {
      expect((await post(body)).status).toBe(422);
    }
    const badJson = new Request("http://localhost/api/v1/study-targets", { method: "POST", headers: { "content-type": "application/json" }, body: "{" });
    expect((await create(badJson)).status).toBe(400);
  });

  it("lists an open assignment of the learner's class as a target, paced over the days left", async () => {
    const { student, assignment, material } = await classWithAssignment();
    signInAs(student);
    const { targets } = (await (await list()).json()) as { targets: { id: string; kind: string; readiness: { total: number; unseen: number; onDate: number }; daysLeft: number }[] };
    const target = targets.find((t) => t.id === `assignment:${assignment.id}`)!;
    expect(target).toMatchObject({ kind: "assignment", readiness: { total: material.length, unseen: 1 } });
    expect(target.daysLeft).toBeGreaterThanOrEqual(9);
    expect(target.readiness.onDate).toBeGreaterThan(0);
    expect(target.readiness.onDate).toBeLessThan(1);
  });
});

describe("review ahead for a target", () => {
  it("serves the target's cards below its recall on the date, lowest first; 404 for another's target", async () => {
    const { student, assignment, material } = await classWithAssignment();
    signInAs(student);
    const response = await queueRoute(jsonRequest(`/api/v1/review/queue?limit=50&target=assignment:${assignment.id}`, "GET"));
    expect(response.status).toBe(200);
    const { queue } = (await response.json()) as { queue: { items: { cardId: string; state: string }[] } };
    expect(queue.items.length).toBeGreaterThan(1);
    expect(queue.items.length).toBeLessThanOrEqual(material.length);
    // The never-studied card first (recall 0), then by stability: same last review, so lower
    // stability is lower recall on the date.
    expect(queue.items[0]!.state).toBe("new");
    const cards = await db.card.findMany({ where: { id: { in: queue.items.map((i) => i.cardId) } }, select: { id: true, stability: true } });
    const stability = new Map(cards.map((c) => [c.id, c.stability]));
    const order = queue.items.slice(1).map((i) => stability.get(i.cardId)!);
    expect(order).toEqual([...order].sort((a, b) => a - b));

    const stranger = await makeUser("student");
    signInAs(stranger);
    expect((await queueRoute(jsonRequest(`/api/v1/review/queue?target=assignment:${assignment.id}`, "GET"))).status).toBe(404);
  });
});

describe("GET /api/v1/assignments/:id/readiness", () => {
  it("gives a student their own readiness and the instructor each student's and the class mean", async () => {
    const { teacher, student, klass, assignment } = await classWithAssignment();
    const idle = await makeUser("student");
    await enroll(klass.id, idle.id);

    signInAs(student);
    const own = (await (await readiness(assignment.id)).json()) as { view: string; readiness: { onDate: number } };
    expect(own.view).toBe("student");
    expect(own.readiness.onDate).toBeGreaterThan(0);

    signInAs(teacher);
    const response = await readiness(assignment.id);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { view: string; students: { userId: string; onDate: number }[]; classMean: number };
    expect(body.view).toBe("instructor");
    expect(body.students.map((s) => s.userId).sort()).toEqual([student.id, idle.id].sort());
    expect(body.students.find((s) => s.userId === idle.id)!.onDate).toBe(0);
    expect(body.classMean).toBeCloseTo(own.readiness.onDate / 2, 10);
  });

  it("is not found for another student, another instructor and a removed student; 401 signed out", async () => {
    const { student, klass, assignment } = await classWithAssignment();
    expect((await readiness(assignment.id)).status).toBe(401);
    signInAs(await makeUser("student"));
    expect((await readiness(assignment.id)).status).toBe(404);
    signInAs(await makeUser("instructor"));
    expect((await readiness(assignment.id)).status).toBe(404);
    await db.enrollment.update({ where: { classId_userId: { classId: klass.id, userId: student.id } }, data: { removedAt: new Date() } });
    signInAs(student);
    expect((await readiness(assignment.id)).status).toBe(404);
    expect((await readiness("not a valid id!")).status).toBe(404);
  });
});
