import crypto from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { seed } from "@/lib/db/seed";
import { db } from "@/lib/server/db";
import { buildAccountExport } from "@/lib/server/account-export";
import { getSectionPage } from "@/lib/server/data/sections";
import { createSelfStudyAttempt, finishAttempt, getAttemptForLearner, submitAnswer } from "@/lib/server/quiz/service";
import { answerFor } from "@/tests/support/quiz";
import { startAssignmentAttempt } from "@/lib/server/assignments/start";
import { enroll, makeAssignment, makeClass, makeSet, makeUser } from "@/tests/support/classes";
import { signInAs } from "@/tests/auth-mock";
import { discoverRoutes } from "@/tests/api-fuzz/discover";

vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: (await import("@/tests/auth-mock")).getServerSession }));

// Exam integrity: nothing a student can reach tells a key or a verdict before the rules allow it.
// Each scenario answers some questions right and some wrong, then looks everywhere the student
// can look (the data export, mastery, every GET of the JSON API) for what must not be there yet.

const DAY = 86_400_000;
const SECTION = "ero";

beforeAll(async () => {
  await seed(db, { demoAccounts: false });
});
beforeEach(() => signInAs(null));

// Answers every question of the attempt, the first half right and the rest wrong.
async function answerAll(userId: string, attemptId: string, now: Date) {
  const view = (await getAttemptForLearner(userId, attemptId, now))!;
  for (const item of view.items) {
    const outcome = await submitAnswer(userId, attemptId, { answerId: crypto.randomUUID(), position: item.position, answer: await answerFor(item, item.position < view.items.length / 2) }, now);
    expect(outcome.status).toBe("saved");
    if (outcome.status === "saved") expect(outcome.item.result).toBeNull();
  }
  return view;
}

// The explanations of the attempt's questions: text that only comes with a result. (Quotes are not
// secret: they are the article, which everyone reads, and flashcards show them.)
async function keyMaterial(attemptId: string) {
  const items = await db.quizAttemptItem.findMany({ where: { attemptId }, select: { questionId: true } });
  const questions = await db.question.findMany({ where: { id: { in: items.map((i) => i.questionId) } }, select: { data: true } });
  return questions.flatMap((q) => {
    const data = JSON.parse(q.data) as { explanation?: string };
    return typeof data.explanation === "string" && data.explanation.length > 20 ? [data.explanation.slice(0, 60)] : [];
  });
}

const FORBIDDEN_KEYS = /"(correct|rightAnswer|layout|explanation|reveal|result)"\s*:\s*[^n\s]/;

function expectNoLeak(text: string, secrets: readonly string[], where: string) {
  expect(FORBIDDEN_KEYS.exec(text)?.[0] ?? null, `${where} names a key or verdict field`).toBeNull();
  for (const secret of secrets) expect(text.includes(secret), `${where} contains key material: ${secret}`).toBe(false);
  expect(/"score"\s*:\s*\{/.test(text), `${where} carries a score`).toBe(false);
}

// The mastery bar of the section page, as the student sees it now.
async function masteryOf(userId: string, sectionId = SECTION) {
  return (await getSectionPage(userId, sectionId))?.section.mastery ?? null;
}

// Calls every GET of the JSON API a student can reach with the ids of the scenario filled in.
async function walkApi(user: { id: string }, ids: Record<string, string>) {
  signInAs(user as never);
  const bodies: { route: string; status: number; text: string }[] = [];
  for (const rm of (await discoverRoutes()).filter((r) => r.method === "GET" && r.personas.includes("student"))) {
    const params: Record<string, string> = {};
    let fillable = true;
    for (const segment of rm.segments) {
      const id = ids[`${segment.parent}/[${segment.name}]`];
      if (!id) fillable = false;
      else params[segment.name] = id;
    }
    if (!fillable) continue;
    const url = `http://localhost${rm.route.replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? "")}`;
    const response = await rm.handler(new Request(url), { params: Promise.resolve(params) });
    bodies.push({ route: rm.route, status: response.status, text: await response.text() });
  }
  return bodies;
}

describe("a self-study exam in progress", () => {
  it("leaks nothing through the export, mastery or any GET, and all of it appears once finished", async () => {
    const student = await makeUser("student");
    const now = new Date();
    const created = await createSelfStudyAttempt(student.id, { mode: "exam", sectionIds: [SECTION], count: 8 }, now);
    if (created.status === "invalid") throw new Error("no exam");
    const masteryBefore = await masteryOf(student.id);
    await answerAll(student.id, created.id, now);
    const secrets = await keyMaterial(created.id);
    expect(secrets.length).toBeGreaterThan(0);

    // Finding 1: the export holds the student's answers only (no layout, no verdict, no result).
    const running = JSON.stringify(await buildAccountExport(student.id, new Date()));
    expectNoLeak(running, secrets, "the export");
    expect(running).toContain(`"answered":true`);
    // Finding 2: mastery does not move while the exam runs.
    expect(await masteryOf(student.id)).toEqual(masteryBefore);
    // The key-leak walk: every GET the student can reach.
    const bodies = await walkApi(student, { "quiz-attempts/[id]": created.id });
    expect(bodies.map((b) => b.route)).toEqual(expect.arrayContaining(["/api/v1/quiz-attempts/[id]", "/api/v1/account/export", "/api/v1/review/queue"]));
    for (const body of bodies) expectNoLeak(body.text, secrets, `GET ${body.route}`);

    await finishAttempt(student.id, created.id, new Date());
    const finished = JSON.stringify(await buildAccountExport(student.id, new Date()));
    expect(finished).toContain(`"correct":true`);
    expect(finished).toContain(`"correct":false`);
    expect((await masteryOf(student.id))?.mastered ?? 0).toBeGreaterThan(masteryBefore?.mastered ?? 0);
  });
});

describe("an assignment whose feedback waits for the due date", () => {
  async function scenario(options: { lateWork: "accept" | "refuse"; dueAt: Date; cutoffAt: Date | null; feedback?: string }) {
    const teacher = await makeUser("instructor");
    const student = await makeUser("student");
    const klass = await makeClass(teacher.id);
    const set = await makeSet(teacher.id, SECTION, 4);
    await enroll(klass.id, student.id);
    const assignment = await makeAssignment(klass.id, set.id, { feedback: options.feedback ?? "after_due", lateWork: options.lateWork, dueAt: options.dueAt, attemptsAllowed: 3 });
    await db.assignment.update({ where: { id: assignment.id }, data: { cutoffAt: options.cutoffAt, holdOutOfSelfStudy: true } });
    return { teacher, student, klass, set, assignmentId: assignment.id };
  }

  it("shows no key, verdict or layout anywhere until no one can submit any more (the cut-off), then shows them", async () => {
    const t0 = new Date();
    const { student, klass, set, assignmentId } = await scenario({ lateWork: "accept", dueAt: new Date(t0.getTime() + DAY), cutoffAt: new Date(t0.getTime() + 3 * DAY) });
    const started = await startAssignmentAttempt(student.id, assignmentId, t0);
    if (started.status !== "started") throw new Error(`not started: ${started.status}`);
    const masteryBefore = await masteryOf(student.id);
    await answerAll(student.id, started.attemptId, t0);
    const secrets = await keyMaterial(started.attemptId);

    // Running: the walk finds nothing.
    const during = await walkApi(student, { "quiz-attempts/[id]": started.attemptId, "assignments/[id]": assignmentId, "classes/[id]": klass.id, "question-sets/[id]": set.id });
    for (const body of during) expectNoLeak(body.text, secrets, `GET ${body.route}`);
    await finishAttempt(student.id, started.attemptId, t0);

    // Finding 4: after the due date, while late work is still accepted, feedback stays held.
    const afterDue = new Date(t0.getTime() + 2 * DAY);
    const view = (await getAttemptForLearner(student.id, started.attemptId, afterDue))!;
    expect(view.feedback).toBe("score");
    expect(view.items.every((i) => i.result === null)).toBe(true);
    expectNoLeak(JSON.stringify((await buildAccountExport(student.id, afterDue))?.quiz.attempts.map((a) => a.items)), secrets, "the export after the due date");
    expect(await masteryOf(student.id)).toEqual(masteryBefore);
    // A late attempt can still start, and closes at the cut-off.
    const late = await startAssignmentAttempt(student.id, assignmentId, afterDue);
    expect(late.status).toBe("started");
    if (late.status === "started") expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: late.attemptId } })).deadlineAt?.toISOString()).toBe(new Date(t0.getTime() + 3 * DAY).toISOString());

    // From the cut-off on: nothing starts, and the feedback is released.
    const afterCutoff = new Date(t0.getTime() + 3 * DAY + 1000);
    expect(await startAssignmentAttempt(student.id, assignmentId, afterCutoff)).toEqual({ status: "refused", reason: "closed" });
    const released = (await getAttemptForLearner(student.id, started.attemptId, afterCutoff))!;
    expect(released.feedback).toBe("full");
    expect(released.items.some((i) => i.result?.correct === true)).toBe(true);
  });

  it("Finding 3: holds the assignment's questions out of the members' practice until the last chance to submit", async () => {
    const t0 = new Date();
    const { student, set, assignmentId } = await scenario({ lateWork: "refuse", dueAt: new Date(t0.getTime() + DAY), cutoffAt: null });
    const held = new Set((await db.questionSetItem.findMany({ where: { setId: set.id }, select: { questionId: true } })).map((i) => i.questionId!));
    const drawnIds = async (now: Date) => {
      const created = await createSelfStudyAttempt(student.id, { mode: "practice", sectionIds: [SECTION], count: 50 }, now);
      if (created.status === "invalid") throw new Error("no quiz");
      return (await db.quizAttemptItem.findMany({ where: { attemptId: created.id }, select: { questionId: true } })).map((i) => i.questionId);
    };
    const during = await drawnIds(t0);
    expect(during.length).toBeGreaterThan(0);
    expect(during.filter((id) => held.has(id))).toEqual([]);
    // An outsider (not in the class) still practises them; so does the student once it is over.
    const outsider = await makeUser("student");
    const theirs = await createSelfStudyAttempt(outsider.id, { mode: "practice", sectionIds: [SECTION], count: 50 }, t0);
    if (theirs.status === "invalid") throw new Error("no quiz");
    expect((await db.quizAttemptItem.findMany({ where: { attemptId: theirs.id } })).some((i) => held.has(i.questionId))).toBe(true);
    const after = await drawnIds(new Date(t0.getTime() + 2 * DAY));
    expect(after.some((id) => held.has(id))).toBe(true);
    expect(assignmentId).toBeTruthy();
  });

  it("Finding 5: a removed student can no longer read, answer or finish their attempt; restored, they can", async () => {
    const t0 = new Date();
    const { teacher, student, klass, assignmentId } = await scenario({ lateWork: "refuse", dueAt: new Date(t0.getTime() + DAY), cutoffAt: null, feedback: "immediately" });
    const started = await startAssignmentAttempt(student.id, assignmentId, t0);
    if (started.status !== "started") throw new Error("not started");
    const view = (await getAttemptForLearner(student.id, started.attemptId, t0))!;
    const { removeMember, restoreMember } = await import("@/lib/server/data/classes");
    expect(await removeMember(teacher.id, klass.id, student.id, t0)).toBe(true);
    const answer = { answerId: crypto.randomUUID(), position: 0, answer: await answerFor(view.items[0]!, true) };
    expect(await submitAnswer(student.id, started.attemptId, answer, t0)).toEqual({ status: "not-found" });
    expect(await finishAttempt(student.id, started.attemptId, t0)).toBeNull();
    expect(await getAttemptForLearner(student.id, started.attemptId, t0)).toBeNull();
    expect(await startAssignmentAttempt(student.id, assignmentId, t0)).toEqual({ status: "not-found" });
    // Kept, not deleted: the attempt is still there for the gradebook and a restore.
    expect(await db.quizAttempt.count({ where: { id: started.attemptId } })).toBe(1);
    expect(await restoreMember(teacher.id, klass.id, student.id)).toBe(true);
    expect((await submitAnswer(student.id, started.attemptId, answer, t0)).status).toBe("saved");
  });
});
