import crypto from "node:crypto";
import { NextResponse } from "next/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { seed } from "@/lib/db/seed";
import { db } from "@/lib/server/db";
import type { AttemptView, LearnerItem } from "@/lib/server/quiz/service";
import { startAttempt } from "@/lib/server/quiz/service";
import { answerFor, makeStudent } from "@/tests/support/quiz";
import { POST as create } from "./route";
import { GET as read } from "./[id]/route";
import { POST as answer } from "./[id]/answers/route";
import { POST as finish } from "./[id]/finish/route";

// The JSON API with a real database; only who is asking is mocked.

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/server/auth", () => ({
  authenticate: async () =>
    session.userId
      ? { user: { id: session.userId, email: "x@example.com", name: "X", role: "student" } }
      : { response: NextResponse.json({ error: "Sign in to continue." }, { status: 401 }) },
}));

const url = "http://localhost/api/v1/quiz-attempts";
const post = (body: unknown, raw = false) => new Request(url, { method: "POST", body: raw ? (body as string) : JSON.stringify(body), headers: { "content-type": "application/json" } });
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const json = async (res: Response) => (await res.json()) as Record<string, unknown>;

async function createAttempt(body: Record<string, unknown> = {}): Promise<AttemptView> {
  const res = await create(post({ mode: "practice", sectionIds: ["ero"], count: 3, ...body }));
  expect(res.status).toBe(201);
  return (await json(res)).attempt as AttemptView;
}
const send = (id: string, body: unknown, raw = false) => answer(post(body, raw), ctx(id));
const answerBody = async (item: LearnerItem, right: boolean, answerId: string = crypto.randomUUID()) => ({ answerId, position: item.position, answer: await answerFor(item, right) });

let ann: string;
let bob: string;
beforeAll(async () => {
  await seed(db, { demoAccounts: false });
  ann = await makeStudent("api-ann");
  bob = await makeStudent("api-bob");
});
beforeEach(() => {
  session.userId = ann;
});

describe("signed out", () => {
  it("answers 401 on every endpoint and saves nothing", async () => {
    session.userId = null;
    const before = await db.quizAttempt.count();
    expect((await create(post({ mode: "practice", sectionIds: [], count: 1 }))).status).toBe(401);
    expect((await read(new Request(url), ctx("abc"))).status).toBe(401);
    expect((await send("abc", {})).status).toBe(401);
    expect((await finish(post({}), ctx("abc"))).status).toBe(401);
    expect(await db.quizAttempt.count()).toBe(before);
  });
});

describe("POST /api/v1/quiz-attempts", () => {
  it("creates an attempt (201) whose questions carry no key", async () => {
    const attempt = await createAttempt();
    expect(attempt).toMatchObject({ mode: "practice", status: "in-progress", total: 3, answeredCount: 0 });
    expect(JSON.stringify(attempt)).not.toMatch(/"(correct|answers|explanation|quote)"/);
  });

  it("answers 400 to a body that is not JSON", async () => {
    const res = await create(post("{not json", true));
    expect(res.status).toBe(400);
  });

  it("answers 422 with the zod issues for invalid input, saving nothing", async () => {
    const before = await db.quizAttempt.count();
    for (const [body, path] of [
      [{ mode: "practice", sectionIds: [], count: 0 }, "count"],
      [{ mode: "practice", sectionIds: [], count: 51 }, "count"],
      [{ mode: "quiz", sectionIds: [], count: 5 }, "mode"],
      [{ mode: "practice", sectionIds: ["Not An Id"], count: 5 }, "sectionIds.0"],
      [{ mode: "practice", sectionIds: [], count: 5, types: ["essay"] }, "types.0"],
      [{ mode: "practice", sectionIds: [], count: 5, timeLimitMinutes: 10 }, "timeLimitMinutes"],
      [{ mode: "exam", sectionIds: [], count: 5, timeLimitMinutes: 999 }, "timeLimitMinutes"],
      [{ mode: "exam", sectionIds: [], count: 5, requestKey: "not-a-uuid" }, "requestKey"],
      [{ mode: "exam", sectionIds: [], count: 5, extra: true }, ""],
      [{ mode: "practice", sectionIds: ["no-such-section"], count: 5 }, "sectionIds"],
    ] as const) {
      const res = await create(post(body));
      expect(res.status, JSON.stringify(body)).toBe(422);
      const issues = (await json(res)).issues as { path: string }[];
      expect(issues.map((i) => i.path), JSON.stringify(body)).toContain(path);
    }
    expect(await db.quizAttempt.count()).toBe(before);
  });

  it("returns the first attempt (200) for a repeated request key", async () => {
    const requestKey = crypto.randomUUID();
    const first = await create(post({ mode: "exam", sectionIds: ["hsi"], count: 2, requestKey }));
    const again = await create(post({ mode: "exam", sectionIds: ["hsi"], count: 2, requestKey }));
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(((await json(again)).attempt as AttemptView).id).toBe(((await json(first)).attempt as AttemptView).id);
    expect(await db.quizAttempt.count({ where: { requestKey } })).toBe(1);
  });
});

describe("GET /api/v1/quiz-attempts/:id", () => {
  it("returns the learner's own attempt and 404 for anyone else's, an unknown or a malformed id", async () => {
    const attempt = await createAttempt();
    expect((await read(new Request(url), ctx(attempt.id))).status).toBe(200);
    session.userId = bob;
    expect((await read(new Request(url), ctx(attempt.id))).status).toBe(404);
    expect((await read(new Request(url), ctx("cunknownattempt000000000"))).status).toBe(404);
    expect((await read(new Request(url), ctx("../../etc/passwd"))).status).toBe(404);
  });
});

describe("POST /api/v1/quiz-attempts/:id/answers", () => {
  it("saves an answer (201) with its verdict in practice, and repeats the first result (200) for the same answer id", async () => {
    const attempt = await createAttempt();
    const item = attempt.items[0]!;
    const body = await answerBody(item, false);
    const first = await send(attempt.id, body);
    expect(first.status).toBe(201);
    expect(await json(first)).toMatchObject({ replayed: false, answeredCount: 1, item: { answered: true, result: { correct: false } } });
    const again = await send(attempt.id, { ...body, answer: await answerFor(item, true) });
    expect(again.status).toBe(200);
    expect(await json(again)).toMatchObject({ replayed: true, item: { result: { correct: false } } });
    expect(await db.quizAttemptItem.count({ where: { attemptId: attempt.id, answerId: body.answerId } })).toBe(1);
    expect(await db.questionResult.count({ where: { userId: ann, questionId: item.question.id } })).toBe(1);
  });

  it("answers 400 to bad JSON and 422 to invalid bodies, saving nothing", async () => {
    const attempt = await createAttempt();
    const item = attempt.items[0]!;
    expect((await send(attempt.id, "nope", true)).status).toBe(400);
    const good = await answerBody(item, true);
    for (const body of [
      { ...good, answerId: "1" },
      { ...good, position: -1 },
      { ...good, answer: { type: "single", choice: "0" } },
      { ...good, answer: { type: "essay", text: "x" } },
      { answerId: good.answerId, position: 0 },
    ]) {
      const res = await send(attempt.id, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect((await json(res)).issues).toBeInstanceOf(Array);
    }
    // Valid shapes that do not fit this attempt: a position it does not have, another question type.
    expect((await send(attempt.id, { ...good, position: 3 })).status).toBe(422);
    const wrongType = item.question.type === "truefalse" ? { type: "typed", text: "x" } : { type: "truefalse", value: true };
    const res = await send(attempt.id, { ...good, answer: wrongType });
    expect(res.status).toBe(422);
    expect(await json(res)).toMatchObject({ issues: [{ path: "answer.type" }] });
    expect(await db.quizAttemptItem.count({ where: { attemptId: attempt.id, answerId: { not: null } } })).toBe(0);
  });

  it("answers 404 for another learner's attempt", async () => {
    const attempt = await createAttempt();
    session.userId = bob;
    expect((await send(attempt.id, await answerBody(attempt.items[0]!, true))).status).toBe(404);
  });

  it("answers 409 when a checked practice answer would be replaced, and after the finish", async () => {
    const attempt = await createAttempt();
    const [a, b] = attempt.items;
    await send(attempt.id, await answerBody(a!, false));
    const res = await send(attempt.id, await answerBody(a!, true));
    expect(res.status).toBe(409);
    expect((await finish(post({}), ctx(attempt.id))).status).toBe(200);
    const after = await send(attempt.id, await answerBody(b!, true));
    expect(after.status).toBe(409);
    expect(await json(after)).toMatchObject({ reason: "finished" });
  });

  it("answers 409 after the deadline and closes and grades the attempt with what was saved", async () => {
    const started = new Date(Date.now() - 120_000);
    const { id } = await startAttempt(ann, { questionIds: ["hsi-q-stands-for", "hsi-q-scope"], mode: "exam", timeLimitSeconds: 60, shuffleQuestions: false, shuffleOptions: true, sectionIds: ["hsi"] }, started);
    await db.quizAttemptItem.updateMany({ where: { attemptId: id, position: 0 }, data: { answerId: crypto.randomUUID(), answer: '{"type":"typed","text":"HSI"}', score: 1, correct: true, answeredAt: started } });
    const res = await send(id, { answerId: crypto.randomUUID(), position: 1, answer: { type: "truefalse", value: false } });
    expect(res.status).toBe(409);
    const body = await json(res);
    expect(body).toMatchObject({ reason: "timed-out", attempt: { status: "finished", score: { points: 1, maxPoints: 2 } } });
    const row = await db.quizAttempt.findUniqueOrThrow({ where: { id } });
    expect(row.finishedAt).toEqual(row.deadlineAt);
    expect(row.score).toBe(1);
    expect(await db.quizAttemptItem.count({ where: { attemptId: id, answerId: { not: null } } })).toBe(1);
  });
});

describe("POST /api/v1/quiz-attempts/:id/finish", () => {
  it("finishes once, returns the same attempt again, and is 404 for someone else", async () => {
    const attempt = await createAttempt({ mode: "exam" });
    await send(attempt.id, await answerBody(attempt.items[0]!, true));
    session.userId = bob;
    expect((await finish(post({}), ctx(attempt.id))).status).toBe(404);
    session.userId = ann;
    const first = await json(await finish(post({}), ctx(attempt.id)));
    const again = await json(await finish(post({}), ctx(attempt.id)));
    expect(first).toMatchObject({ attempt: { status: "finished", feedback: "full", score: { points: 1, maxPoints: 3 } } });
    expect((again.attempt as AttemptView).finishedAt).toEqual((first.attempt as AttemptView).finishedAt);
  });
});
