import crypto from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { seed } from "@/lib/db/seed";
import { db } from "@/lib/server/db";
import { finishAttempt, getAttemptForLearner, submitAnswer } from "@/lib/server/quiz/service";
import { answerFor } from "@/tests/support/quiz";
import { enroll, makeAssignment, makeClass, makeSet, makeUser, readJson } from "@/tests/support/classes";
import { jsonRequest, signInAs } from "@/tests/auth-mock";
import { POST as create } from "./route";
import { DELETE as remove, GET as read, PATCH as edit } from "./[id]/route";
import { GET as attempts, POST as start } from "./[id]/attempts/route";

vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: (await import("@/tests/auth-mock")).getServerSession }));

// The assignments JSON API with a real database, the real content and the real quiz engine.

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const body = readJson;
const get = () => new Request("http://localhost/");
const HOUR = 3_600_000;

beforeAll(async () => {
  await seed(db, { demoAccounts: false });
});
beforeEach(() => signInAs(null));

async function setting() {
  const teacher = await makeUser("instructor");
  const student = await makeUser("student");
  const klass = await makeClass(teacher.id);
  const set = await makeSet(teacher.id, "ero", 3);
  await enroll(klass.id, student.id);
  return { teacher, student, klass, set };
}

// Answers every question of the attempt (right ones at `rightPositions`) and finishes it.
async function takeAttempt(userId: string, attemptId: string, rightPositions: number[]) {
  const view = (await getAttemptForLearner(userId, attemptId, new Date()))!;
  for (const item of view.items) {
    const outcome = await submitAnswer(userId, attemptId, { answerId: crypto.randomUUID(), position: item.position, answer: await answerFor(item, rightPositions.includes(item.position)) }, new Date());
    expect(outcome.status).toBe("saved");
  }
  await finishAttempt(userId, attemptId, new Date());
}

describe("creating assignments", () => {
  const fields = { title: "Week 1", opensAt: "2025-03-01T09:00", dueAt: "2025-03-08T17:00", timeZone: "Europe/Paris", timeLimitMinutes: 20, attemptsAllowed: null };

  it("assigns the instructor's set to their class, reading local times in their zone", async () => {
    const { teacher, klass, set } = await setting();
    signInAs(teacher);
    const res = await create(jsonRequest("/x", "POST", { ...fields, classId: klass.id, setId: set.id }));
    expect(res.status).toBe(201);
    const row = await db.assignment.findUniqueOrThrow({ where: { id: ((await body(res)).assignment as { id: string }).id } });
    expect(row.opensAt.toISOString()).toBe("2025-03-01T08:00:00.000Z");
    expect(row.dueAt.toISOString()).toBe("2025-03-08T16:00:00.000Z");
    expect(row).toMatchObject({ timeZone: "Europe/Paris", timeLimitSeconds: 1200, attemptsAllowed: null, gradingMethod: "highest", feedback: "immediately", lateWork: "accept" });
  });

  it("takes a target recall between 70% and 99% (a fraction; 90% when absent), and answers 422 on targetRecall otherwise", async () => {
    const { teacher, klass, set } = await setting();
    signInAs(teacher);
    const made = await create(jsonRequest("/x", "POST", { ...fields, classId: klass.id, setId: set.id, targetRecall: 0.75 }));
    expect(made.status).toBe(201);
    const id = ((await body(made)).assignment as { id: string }).id;
    expect((await db.assignment.findUniqueOrThrow({ where: { id } })).targetRecall).toBe(0.75);
    for (const bad of [0.5, 1, 90, "0.9"]) {
      const res = await create(jsonRequest("/x", "POST", { ...fields, classId: klass.id, setId: set.id, targetRecall: bad }));
      expect(res.status).toBe(422);
      expect(JSON.stringify(await body(res))).toContain("targetRecall");
    }
    expect((await edit(jsonRequest("/x", "PATCH", { targetRecall: 0.6 }), ctx(id))).status).toBe(422);
    expect((await edit(jsonRequest("/x", "PATCH", { targetRecall: 0.85 }), ctx(id))).status).toBe(200);
    expect((await db.assignment.findUniqueOrThrow({ where: { id } })).targetRecall).toBe(0.85);
    const plain = await create(jsonRequest("/x", "POST", { ...fields, classId: klass.id, setId: set.id }));
    expect((await db.assignment.findUniqueOrThrow({ where: { id: ((await body(plain)).assignment as { id: string }).id } })).targetRecall).toBe(0.9);
  });

  it("refuses another instructor's class or set (404), students (403) and bad input (422), saving nothing", async () => {
    const { teacher, student, klass, set } = await setting();
    const other = await setting();
    const before = await db.assignment.count();
    signInAs(teacher);
    expect((await create(jsonRequest("/x", "POST", { ...fields, classId: other.klass.id, setId: set.id }))).status).toBe(404);
    expect((await create(jsonRequest("/x", "POST", { ...fields, classId: klass.id, setId: other.set.id }))).status).toBe(404);
    const backwards = await create(jsonRequest("/x", "POST", { ...fields, classId: klass.id, setId: set.id, dueAt: "2025-02-01T09:00" }));
    expect(backwards.status).toBe(422);
    expect(JSON.stringify(await body(backwards))).toContain("dueAt");
    expect((await create(jsonRequest("/x", "POST", { ...fields, classId: klass.id, setId: set.id, timeZone: "Mars/Base" }))).status).toBe(422);
    expect((await create(jsonRequest("/x", "POST", { ...fields, classId: klass.id, setId: set.id, attemptsAllowed: 0 }))).status).toBe(422);
    expect((await create(jsonRequest("/x", "POST", { ...fields, classId: klass.id, setId: set.id, opensAt: "tomorrow" }))).status).toBe(422);
    signInAs(student);
    expect((await create(jsonRequest("/x", "POST", { ...fields, classId: klass.id, setId: set.id }))).status).toBe(403);
    expect(await db.assignment.count()).toBe(before);
  });
});

describe("editing and deleting assignments", () => {
  it("PATCH changes only the rules sent, reading local times in the (new) zone; the class and set stay", async () => {
    const { teacher, klass, set } = await setting();
    const a = await makeAssignment(klass.id, set.id, { opensAt: new Date("2025-03-01T08:00:00Z"), dueAt: new Date("2025-03-08T17:00:00Z"), attemptsAllowed: 2 });
    signInAs(teacher);
    const res = await edit(jsonRequest("/x", "PATCH", { dueAt: "2025-03-15T17:00", timeZone: "America/Chicago", attemptsAllowed: null }), ctx(a.id));
    expect(res.status).toBe(200);
    expect((await body(res)).assignment).toMatchObject({ id: a.id, dueAt: "2025-03-15T22:00:00.000Z", timeZone: "America/Chicago", attemptsAllowed: null });
    expect(await db.assignment.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ classId: klass.id, setId: set.id, title: "Homework", opensAt: new Date("2025-03-01T08:00:00Z"), gradingMethod: "highest" });
  });

  it("PATCH refuses a due date before the opening (422, on dueAt), unknown fields, other instructors (404) and students (403), changing nothing", async () => {
    const { teacher, student, klass, set } = await setting();
    const a = await makeAssignment(klass.id, set.id, { opensAt: new Date("2025-03-01T08:00:00Z"), dueAt: new Date("2025-03-08T17:00:00Z") });
    const before = await db.assignment.findUniqueOrThrow({ where: { id: a.id } });
    signInAs(teacher);
    const early = await edit(jsonRequest("/x", "PATCH", { dueAt: "2025-02-01T00:00:00Z" }), ctx(a.id));
    expect(early.status).toBe(422);
    expect((await body(early)).issues).toEqual([expect.objectContaining({ path: "dueAt", message: "The due date must come after the opening date." })]);
    expect((await edit(jsonRequest("/x", "PATCH", { setId: set.id }), ctx(a.id))).status).toBe(422);
    // Year 0 is a valid ISO date that PostgreSQL would store as 1 BC and could not read back.
    for (const dueAt of ["0000-06-01T00:00:00Z", "0999-06-01T00:00", "1999-12-31T12:00:00Z"]) {
      const ancient = await edit(jsonRequest("/x", "PATCH", { opensAt: "0000-01-01T00:00:00Z", dueAt }), ctx(a.id));
      expect(ancient.status).toBe(422);
      expect((await body(ancient)).issues).toContainEqual(expect.objectContaining({ path: "dueAt", message: "Enter a date between the years 2000 and 9999." }));
    }
    expect((await read(get(), ctx(a.id))).status).toBe(200);
    signInAs(await makeUser("instructor"));
    expect((await edit(jsonRequest("/x", "PATCH", { title: "Mine now" }), ctx(a.id))).status).toBe(404);
    signInAs(student);
    expect((await edit(jsonRequest("/x", "PATCH", { title: "Mine now" }), ctx(a.id))).status).toBe(403);
    expect(await db.assignment.findUniqueOrThrow({ where: { id: a.id } })).toEqual(before);
  });

  it("extending the due date moves the deadline of an attempt in progress (late work refused); a time limit still holds", async () => {
    const { teacher, student, klass, set } = await setting();
    const dueSoon = new Date(Date.now() + HOUR);
    const a = await makeAssignment(klass.id, set.id, { lateWork: "refuse", dueAt: dueSoon });
    const timed = await makeAssignment(klass.id, set.id, { lateWork: "refuse", dueAt: dueSoon, timeLimitSeconds: 600 });
    signInAs(student);
    const started = await body(await start(jsonRequest("/x", "POST", {}), ctx(a.id)));
    const startedTimed = await body(await start(jsonRequest("/x", "POST", {}), ctx(timed.id)));
    const attemptId = started.attemptId as string;
    const timedId = startedTimed.attemptId as string;
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).deadlineAt).toEqual(dueSoon);
    const limitDeadline = (await db.quizAttempt.findUniqueOrThrow({ where: { id: timedId } })).deadlineAt;
    signInAs(teacher);
    const later = new Date(Date.now() + 24 * HOUR);
    expect((await edit(jsonRequest("/x", "PATCH", { dueAt: later.toISOString() }), ctx(a.id))).status).toBe(200);
    expect((await edit(jsonRequest("/x", "PATCH", { dueAt: later.toISOString() }), ctx(timed.id))).status).toBe(200);
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).deadlineAt).toEqual(new Date(later.toISOString()));
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: timedId } })).deadlineAt).toEqual(limitDeadline);
    // Accepting late work moves the end to the cut-off (by default a week after the due date).
    expect((await edit(jsonRequest("/x", "PATCH", { lateWork: "accept" }), ctx(a.id))).status).toBe(200);
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).deadlineAt).toEqual(new Date(later.getTime() + 7 * 24 * HOUR));
  });

  it("DELETE removes the assignment with the attempts at it; again, or by anyone else, it is a 404", async () => {
    const { teacher, student, klass, set } = await setting();
    const a = await makeAssignment(klass.id, set.id);
    signInAs(student);
    expect((await start(jsonRequest("/x", "POST", {}), ctx(a.id))).status).toBe(201);
    expect((await remove(get(), ctx(a.id))).status).toBe(403);
    signInAs(await makeUser("instructor"));
    expect((await remove(get(), ctx(a.id))).status).toBe(404);
    expect(await db.quizAttempt.count({ where: { assignmentId: a.id } })).toBe(1);
    signInAs(teacher);
    expect((await remove(get(), ctx(a.id))).status).toBe(204);
    expect(await db.assignment.count({ where: { id: a.id } })).toBe(0);
    expect(await db.quizAttempt.count({ where: { assignmentId: a.id } })).toBe(0);
    expect((await remove(get(), ctx(a.id))).status).toBe(404);
  });
});

describe("starting an assignment", () => {
  it("starts an exam-mode attempt on the set's questions; a second click resumes it", async () => {
    const { student, klass, set } = await setting();
    const dueAt = new Date(Date.now() + 24 * HOUR);
    const { id } = await makeAssignment(klass.id, set.id, { lateWork: "refuse", dueAt, timeLimitSeconds: 600 });
    signInAs(student);
    const first = await start(get(), ctx(id));
    expect(first.status).toBe(201);
    const { attemptId } = await body(first);
    const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId }, include: { items: true } });
    expect(row).toMatchObject({ userId: student.id, assignmentId: id, mode: "exam", late: false, timeLimitSeconds: 600 });
    expect(row.items).toHaveLength(3);
    const again = await start(get(), ctx(id));
    expect(again.status).toBe(200);
    expect(await body(again)).toMatchObject({ attemptId, resumed: true });
  });

  it("cuts a late-refusing assignment's attempt off at the due date", async () => {
    const { student, klass, set } = await setting();
    const dueAt = new Date(Date.now() + 60_000);
    const { id } = await makeAssignment(klass.id, set.id, { lateWork: "refuse", dueAt, timeLimitSeconds: 3600 });
    signInAs(student);
    const { attemptId } = await body(await start(get(), ctx(id)));
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).deadlineAt?.toISOString()).toBe(dueAt.toISOString());
  });

  it("refuses before opening, after a refused due date, and once attempts are used up (409)", async () => {
    const { student, klass, set } = await setting();
    const early = await makeAssignment(klass.id, set.id, { opensAt: new Date(Date.now() + HOUR), dueAt: new Date(Date.now() + 2 * HOUR) });
    const closed = await makeAssignment(klass.id, set.id, { opensAt: new Date("2020-01-01T00:00:00Z"), dueAt: new Date(Date.now() - HOUR), lateWork: "refuse" });
    const once = await makeAssignment(klass.id, set.id, { attemptsAllowed: 1 });
    signInAs(student);
    expect(await body(await start(get(), ctx(early.id)))).toMatchObject({ reason: "not-open" });
    expect((await start(get(), ctx(closed.id))).status).toBe(409);
    const { attemptId } = await body(await start(get(), ctx(once.id)));
    await takeAttempt(student.id, attemptId, [0]);
    const refused = await start(get(), ctx(once.id));
    expect(refused.status).toBe(409);
    expect(await body(refused)).toMatchObject({ reason: "attempts-exhausted" });
    expect(await db.quizAttempt.count({ where: { userId: student.id } })).toBe(1);
  });

  it("accepts late work and marks the attempt late", async () => {
    const { student, klass, set } = await setting();
    const { id } = await makeAssignment(klass.id, set.id, { dueAt: new Date(Date.now() - HOUR), lateWork: "accept" });
    signInAs(student);
    const { attemptId } = await body(await start(get(), ctx(id)));
    expect(await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ late: true, deadlineAt: null });
  });

  it("two simultaneous starts make one attempt, not two", async () => {
    const { student, klass, set } = await setting();
    const { id } = await makeAssignment(klass.id, set.id, { attemptsAllowed: 1 });
    signInAs(student);
    const [a, b] = await Promise.all([start(get(), ctx(id)), start(get(), ctx(id))]);
    expect((await body(a)).attemptId).toBe((await body(b)).attemptId);
    expect(await db.quizAttempt.count({ where: { userId: student.id, assignmentId: id } })).toBe(1);
  });

  it("draws random rules per student, the same on every attempt", async () => {
    const { teacher, student, klass } = await setting();
    const set = await db.questionSet.create({ data: { ownerId: teacher.id, title: "Random", items: { create: [{ position: 0, kind: "random", sectionId: "ero", count: 2 }] } } });
    const { id } = await makeAssignment(klass.id, set.id, { attemptsAllowed: 3 });
    signInAs(student);
    const drawn: string[][] = [];
    for (let i = 0; i < 2; i++) {
      const { attemptId } = await body(await start(get(), ctx(id)));
      drawn.push((await db.quizAttemptItem.findMany({ where: { attemptId }, orderBy: { position: "asc" } })).map((x) => x.questionId).sort());
      await finishAttempt(student.id, attemptId, new Date());
    }
    expect(drawn[0]).toHaveLength(2);
    expect(drawn[1]).toEqual(drawn[0]);
  });

  it("includes instructor-written questions, graded like bank ones", async () => {
    const { teacher, student, klass } = await setting();
    signInAs(teacher);
    const question = { id: "custom-ctest1", type: "truefalse", prompt: "ERO handles removals.", explanation: "It does.", difficulty: "easy", answer: true, quote: "ERO" };
    await db.question.create({ data: { id: question.id, ownerId: teacher.id, type: "truefalse", difficulty: "easy", prompt: question.prompt, data: JSON.stringify(question), position: 0, contentHash: "h" } });
    const bank = await db.question.findFirstOrThrow({ where: { sectionId: "ero", ownerId: null }, orderBy: { position: "asc" } });
    const set = await db.questionSet.create({ data: { ownerId: teacher.id, title: "Mixed", items: { create: [{ position: 0, kind: "question", questionId: question.id }, { position: 1, kind: "question", questionId: bank.id }] } } });
    const { id } = await makeAssignment(klass.id, set.id);
    signInAs(student);
    const { attemptId } = await body(await start(get(), ctx(id)));
    await takeAttempt(student.id, attemptId, [0]);
    const items = await db.quizAttemptItem.findMany({ where: { attemptId }, orderBy: { position: "asc" } });
    expect(items.map((i) => [i.questionId, i.score])).toEqual([
      [question.id, 1],
      [bank.id, 0],
    ]);
  });

  it("a question the quiz engine cannot read does not stop the start", async () => {
    const { teacher, student, klass } = await setting();
    const broken = { id: "custom-cbroken", type: "truefalse", prompt: "No quote here.", explanation: "E.", difficulty: "easy", answer: true };
    await db.question.create({ data: { id: broken.id, ownerId: teacher.id, type: "truefalse", difficulty: "easy", prompt: broken.prompt, data: JSON.stringify(broken), position: 0, contentHash: "h" } });
    const bank = await db.question.findFirstOrThrow({ where: { sectionId: "ero", ownerId: null }, orderBy: { position: "asc" } });
    const set = await db.questionSet.create({ data: { ownerId: teacher.id, title: "Q", items: { create: [{ position: 0, kind: "question", questionId: broken.id }, { position: 1, kind: "question", questionId: bank.id }] } } });
    const { id } = await makeAssignment(klass.id, set.id);
    signInAs(student);
    const res = await start(get(), ctx(id));
    expect(res.status).toBe(201);
    const questionIds = (await db.quizAttemptItem.findMany({ where: { attemptId: (await body(res)).attemptId } })).map((i) => i.questionId);
    expect(questionIds).toContain(bank.id);
  });

  it("a student outside the class, or an instructor, cannot start it", async () => {
    const { klass, set } = await setting();
    const { id } = await makeAssignment(klass.id, set.id);
    signInAs(await makeUser("student"));
    expect((await start(get(), ctx(id))).status).toBe(404);
    expect((await read(get(), ctx(id))).status).toBe(404);
    expect((await attempts(get(), ctx(id))).status).toBe(404);
    signInAs(await makeUser("instructor"));
    expect((await start(get(), ctx(id))).status).toBe(403);
    expect(await db.quizAttempt.count({ where: { assignmentId: id } })).toBe(0);
  });
});
