import crypto from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { seed } from "@/lib/db/seed";
import { db } from "@/lib/server/db";
import { finishAttempt, getAttemptForLearner, submitAnswer } from "@/lib/server/quiz/service";
import { answerFor } from "@/tests/support/quiz";
import { enroll, makeAssignment, makeClass, makeSet, makeUser, readJson } from "@/tests/support/classes";
import { signInAs } from "@/tests/auth-mock";
import { GET as list } from "./route";
import { GET as read } from "./[id]/route";
import { GET as attempts, POST as start } from "./[id]/attempts/route";
import { GET as statistics } from "./[id]/statistics/route";

vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: (await import("@/tests/auth-mock")).getServerSession }));

// Attempts and item statistics through the JSON API, with students taking the assignment in the
// real quiz engine.

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const body = readJson;
const get = () => new Request("http://localhost/");

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

describe("attempts and item statistics", () => {
  it("the instructor sees every attempt and the statistics; a student sees only their own attempts", async () => {
    const { teacher, student, klass, set } = await setting();
    const other = await makeUser("student");
    await enroll(klass.id, other.id);
    const { id } = await makeAssignment(klass.id, set.id, { shuffleQuestions: false });
    signInAs(student);
    await takeAttempt(student.id, (await body(await start(get(), ctx(id)))).attemptId, [0, 1, 2]);
    signInAs(other);
    await takeAttempt(other.id, (await body(await start(get(), ctx(id)))).attemptId, [0]);

    const mine = (await body(await attempts(get(), ctx(id)))).attempts as { id: string }[];
    expect(mine).toHaveLength(1);
    expect(await db.quizAttempt.findUniqueOrThrow({ where: { id: mine[0]!.id } })).toMatchObject({ userId: other.id });
    expect((await statistics(get(), ctx(id))).status).toBe(403);

    signInAs(teacher);
    const rows = (await body(await attempts(get(), ctx(id)))).attempts as { student: { id: string }; percent: number }[];
    expect(rows.map((r) => [r.student.id, Math.round(r.percent)])).toEqual([
      [student.id, 100],
      [other.id, 33],
    ]);
    const stats = await body(await statistics(get(), ctx(id)));
    expect(stats.gradedAttempts).toBe(2);
    const facilities = (stats.statistics as { facility: number }[]).map((s) => s.facility);
    expect(facilities).toEqual([100, 50, 50]);

    signInAs(await makeUser("instructor"));
    expect((await statistics(get(), ctx(id))).status).toBe(404);
    expect((await attempts(get(), ctx(id))).status).toBe(404);
    expect((await read(get(), ctx(id))).status).toBe(404);
  });

  it("counts each option by its authored text whatever order the student saw", async () => {
    const { teacher, student, klass } = await setting();
    const single = await db.question.findFirstOrThrow({ where: { type: "single", ownerId: null, retiredAt: null }, orderBy: { position: "asc" } });
    const set = await db.questionSet.create({ data: { ownerId: teacher.id, title: "One", items: { create: [{ position: 0, kind: "question", questionId: single.id }] } } });
    const { id } = await makeAssignment(klass.id, set.id, { shuffleQuestions: false });
    signInAs(student);
    const { attemptId } = await body(await start(get(), ctx(id)));
    const view = (await getAttemptForLearner(student.id, attemptId, new Date()))!;
    const item = view.items[0]!;
    if (item.question.type !== "single") throw new Error("expected a single-choice question");
    const authored = JSON.parse(single.data) as { options: { text: string; correct?: boolean }[] };
    const wrongText = authored.options.find((o) => !o.correct)!.text;
    const shown = item.question.options.find((o) => o.text === wrongText)!;
    await submitAnswer(student.id, attemptId, { answerId: crypto.randomUUID(), position: 0, answer: { type: "single", choice: shown.index } }, new Date());
    await finishAttempt(student.id, attemptId, new Date());
    signInAs(teacher);
    const [stat] = (await body(await statistics(get(), ctx(id)))).statistics as { optionCounts: { label: string; count: number }[]; flags: string[] }[];
    expect(stat!.optionCounts.filter((o) => o.count > 0)).toEqual([{ label: wrongText, correct: false, count: 1 }]);
    expect(stat!.flags).toContain("very-hard");
  });

  it("lists assignments: a student's from their classes with status, an instructor's own", async () => {
    const { teacher, student, klass, set } = await setting();
    const { id } = await makeAssignment(klass.id, set.id);
    await makeAssignment((await setting()).klass.id, (await makeSet(teacher.id)).id);
    signInAs(student);
    expect((await body(await list())).assignments).toEqual([expect.objectContaining({ id, status: "open" })]);
    signInAs(teacher);
    expect(((await body(await list())).assignments as { id: string }[]).map((a) => a.id)).toEqual([id]);
  });
});
