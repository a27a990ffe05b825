import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/lib/db/seed";
import { db } from "@/lib/server/db";
import { createRetryAttempt, createSelfStudyAttempt, finishAttempt, getAttemptForLearner, getAttemptResults, getSectionMastery, startAttempt, submitAnswer } from "./service";
import { answerFor, authored, makeStudent } from "@/tests/support/quiz";

// The quiz service against a real, seeded database: drawing, answering, idempotency, deadlines,
// results, retrying mistakes and mastery.

const t0 = new Date("2030-01-01T10:00:00.000Z");
const later = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const practice = (sectionIds: string[], count: number) => ({ mode: "practice" as const, sectionIds, count });

let ann: string;
let bob: string;
beforeAll(async () => {
  await seed(db, { demoAccounts: false });
  ann = await makeStudent("ann");
  bob = await makeStudent("bob");
});

async function newAttempt(userId: string, input: Parameters<typeof createSelfStudyAttempt>[1], now = t0) {
  const outcome = await createSelfStudyAttempt(userId, input, now);
  if (outcome.status === "invalid") throw new Error(JSON.stringify(outcome.issues));
  const view = await getAttemptForLearner(userId, outcome.id, now);
  return view!;
}

describe("starting a self-study quiz", () => {
  it("draws the requested number of questions from the chosen sections and types only", async () => {
    const view = await newAttempt(ann, { mode: "practice", sectionIds: ["hsi", "ero"], count: 6, types: ["single", "multiple"] });
    expect(view.total).toBe(6);
    const rows = await db.question.findMany({ where: { id: { in: view.items.map((i) => i.question.id) } } });
    expect(rows.every((r) => ["hsi", "ero"].includes(r.sectionId!) && ["single", "multiple"].includes(r.type))).toBe(true);
    expect(new Set(rows.map((r) => r.sectionId))).toEqual(new Set(["hsi", "ero"]));
  });

  it("takes the whole article when no section is chosen, and fewer questions when a section runs short", async () => {
    const whole = await newAttempt(ann, practice([], 50));
    expect(new Set(whole.items.map((i) => i.question.id)).size).toBe(50);
    const short = await newAttempt(ann, practice(["legal-framework"], 10));
    expect(short.total).toBe(3);
  });

  it("refuses an unknown section and a filter no question matches, saving nothing", async () => {
    const before = await db.quizAttempt.count();
    expect(await createSelfStudyAttempt(ann, practice(["no-such-section"], 5), t0)).toMatchObject({ status: "invalid", issues: [{ path: "sectionIds" }] });
    expect(await createSelfStudyAttempt(ann, { ...practice(["legal-framework"], 5), types: ["matching"] }, t0)).toMatchObject({ status: "invalid" });
    expect(await db.quizAttempt.count()).toBe(before);
  });

  it("returns the first attempt for a repeated request key and creates nothing more", async () => {
    const requestKey = crypto.randomUUID();
    const first = await createSelfStudyAttempt(ann, { ...practice(["hsi"], 3), requestKey }, t0);
    const again = await createSelfStudyAttempt(ann, { ...practice(["ero"], 5), requestKey }, t0);
    expect(first.status).toBe("created");
    expect(again).toEqual({ status: "replayed", id: (first as { id: string }).id });
    expect(await db.quizAttempt.count({ where: { requestKey } })).toBe(1);
    // Keys are per learner: another learner's identical key is a different attempt.
    expect((await createSelfStudyAttempt(bob, { ...practice(["hsi"], 3), requestKey }, t0)).status).toBe("created");
  });

  it("hides the attempt from everyone but its learner", async () => {
    const view = await newAttempt(ann, practice(["hsi"], 2));
    expect(await getAttemptForLearner(bob, view.id, t0)).toBeNull();
    expect(await finishAttempt(bob, view.id, t0)).toBeNull();
    expect(await getAttemptResults(bob, view.id, t0)).toBeNull();
    const item = view.items[0]!;
    expect(await submitAnswer(bob, view.id, { answerId: crypto.randomUUID(), position: 0, answer: await answerFor(item, true) }, t0)).toEqual({ status: "not-found" });
  });

  it("shows no key before an answer: no explanation, quote, right flag or accepted text", async () => {
    const view = await newAttempt(ann, practice(["hsi"], 16));
    const json = JSON.stringify(view);
    expect(json).not.toMatch(/"(correct|answers|explanation|quote|pairs)"/);
    for (const item of view.items) {
      const question = await authored(item.question.id);
      expect(json).not.toContain(question.explanation);
      expect(item.result).toBeNull();
    }
  });
});

describe("practice answers", () => {
  it("grades at once, reveals the key with the source link and note, and records the latest result", async () => {
    const view = await newAttempt(ann, { mode: "practice", sectionIds: ["hsi"], count: 16, types: ["single"] });
    const withNote = view.items.find((i) => i.question.id === "hsi-q-parent-agency")!;
    const outcome = await submitAnswer(ann, view.id, { answerId: crypto.randomUUID(), position: withNote.position, answer: await answerFor(withNote, true) }, later(5));
    if (outcome.status !== "saved") throw new Error(outcome.status);
    expect(outcome.item.result).toMatchObject({ correct: true, score: 1 });
    expect(outcome.item.result!.reveal.rightAnswer).toEqual(["U.S. Immigration and Customs Enforcement (ICE)"]);
    expect(outcome.item.result!.reveal.sourceHref).toBe(`/sections/hsi?quote=${encodeURIComponent("is a part of the U.S. Immigration Police")}#quote`);
    expect(outcome.item.result!.reveal.note?.source).toBe("https://www.ice.gov/about-ice");
    const result = await db.questionResult.findUnique({ where: { userId_questionId: { userId: ann, questionId: "hsi-q-parent-agency" } } });
    expect(result).toMatchObject({ correct: true, score: 1, sectionId: "hsi" });
  });

  it("returns the first result for a repeated answer id and writes no second record", async () => {
    const view = await newAttempt(ann, practice(["ero"], 2));
    const item = view.items[0]!;
    const answerId = crypto.randomUUID();
    const first = await submitAnswer(ann, view.id, { answerId, position: 0, answer: await answerFor(item, false) }, later(1));
    const again = await submitAnswer(ann, view.id, { answerId, position: 0, answer: await answerFor(item, true) }, later(2));
    expect(first).toMatchObject({ status: "saved", replayed: false, item: { result: { correct: false } } });
    expect(again).toMatchObject({ status: "saved", replayed: true, item: { result: { correct: false } } });
    const row = await db.quizAttemptItem.findFirstOrThrow({ where: { attemptId: view.id, position: 0 } });
    expect(row.answeredAt).toEqual(later(1));
  });

  it("keeps a checked answer final, and refuses a reused id, a wrong type or a missing position", async () => {
    const view = await newAttempt(ann, practice(["ero"], 3));
    const [a, b] = view.items;
    const answerId = crypto.randomUUID();
    await submitAnswer(ann, view.id, { answerId, position: 0, answer: await answerFor(a!, false) }, t0);
    expect(await submitAnswer(ann, view.id, { answerId: crypto.randomUUID(), position: 0, answer: await answerFor(a!, true) }, t0)).toMatchObject({ status: "conflict" });
    expect(await submitAnswer(ann, view.id, { answerId, position: 1, answer: await answerFor(b!, true) }, t0)).toMatchObject({ status: "conflict" });
    const otherType = a!.question.type === "truefalse" ? { type: "typed" as const, text: "x" } : { type: "truefalse" as const, value: true };
    expect(await submitAnswer(ann, view.id, { answerId: crypto.randomUUID(), position: 1, answer: otherType.type === b!.question.type ? { type: "single", choice: 0 } : otherType }, t0)).toMatchObject({ status: "invalid" });
    expect(await submitAnswer(ann, view.id, { answerId: crypto.randomUUID(), position: 9, answer: await answerFor(b!, true) }, t0)).toMatchObject({ status: "invalid", issues: [{ path: "position" }] });
  });
});

describe("exams", () => {
  it("reveals nothing until finished, lets answers change, and grades what was saved", async () => {
    const view = await newAttempt(ann, { mode: "exam", sectionIds: ["removal-process"], count: 4 });
    const [a, b] = view.items;
    const first = await submitAnswer(ann, view.id, { answerId: crypto.randomUUID(), position: 0, answer: await answerFor(a!, false) }, t0);
    expect(first).toMatchObject({ status: "saved", item: { result: null, answered: true } });
    await submitAnswer(ann, view.id, { answerId: crypto.randomUUID(), position: 0, answer: await answerFor(a!, true) }, t0);
    await submitAnswer(ann, view.id, { answerId: crypto.randomUUID(), position: 1, answer: await answerFor(b!, false) }, t0);
    const during = await getAttemptForLearner(ann, view.id, later(1));
    expect(during!.items.every((i) => i.result === null)).toBe(true);
    expect(during!.score).toBeNull();
    expect(await getAttemptResults(ann, view.id, later(1))).toEqual({ status: "in-progress", id: view.id });

    const finished = await finishAttempt(ann, view.id, later(30));
    expect(finished).toMatchObject({ status: "finished", score: { points: 1, maxPoints: 4, percent: 25 } });
    const results = await getAttemptResults(ann, view.id, later(40));
    if (results?.status !== "finished") throw new Error("not finished");
    expect(results.timeTakenSeconds).toBe(30);
    expect(results.items.map((i) => i.correct)).toEqual([true, false, false, false]);
    expect(results.items[3]).toMatchObject({ answered: false, yourAnswer: [] });
    expect(results.items[0]!.yourAnswer).toEqual(results.items[0]!.reveal.rightAnswer);
    // Finishing again changes nothing; answering a finished attempt is refused.
    expect((await finishAttempt(ann, view.id, later(99)))!.finishedAt).toEqual(later(30));
    expect(await submitAnswer(ann, view.id, { answerId: crypto.randomUUID(), position: 2, answer: await answerFor(view.items[2]!, true) }, later(99))).toMatchObject({ status: "closed", reason: "finished" });
  });

  it("refuses an answer after the deadline, and closes and grades the attempt at its deadline", async () => {
    const view = await newAttempt(ann, { mode: "exam", sectionIds: ["hsi"], count: 3, timeLimitMinutes: 1 });
    expect(view.deadlineAt).toEqual(later(60));
    await submitAnswer(ann, view.id, { answerId: crypto.randomUUID(), position: 0, answer: await answerFor(view.items[0]!, true) }, later(59));
    const late = await submitAnswer(ann, view.id, { answerId: crypto.randomUUID(), position: 1, answer: await answerFor(view.items[1]!, true) }, later(61));
    expect(late).toMatchObject({ status: "closed", reason: "timed-out", attempt: { status: "finished", finishedAt: later(60), score: { points: 1, maxPoints: 3 } } });
    expect(await db.quizAttemptItem.count({ where: { attemptId: view.id, answerId: { not: null } } })).toBe(1);
  });

  it("closes an overdue attempt when it is next looked at, even without an answer", async () => {
    const view = await newAttempt(ann, { mode: "exam", sectionIds: ["hsi"], count: 2, timeLimitMinutes: 0.5 });
    const results = await getAttemptResults(ann, view.id, later(3600));
    expect(results).toMatchObject({ status: "finished", timedOut: true, timeTakenSeconds: 30, score: { points: 0 } });
  });

  it("uses the earlier of the time limit and the closing time (assignments)", async () => {
    const { id } = await startAttempt(
      ann,
      { questionIds: ["hsi-q-stands-for", "hsi-q-department"], mode: "exam", timeLimitSeconds: 600, closesAt: later(120), shuffleQuestions: false, shuffleOptions: false, sectionIds: ["hsi"] },
      t0,
    );
    const view = await getAttemptForLearner(ann, id, t0);
    expect(view!.deadlineAt).toEqual(later(120));
    expect(view!.items.map((i) => i.question.id)).toEqual(["hsi-q-stands-for", "hsi-q-department"]);
    await expect(startAttempt(ann, { questionIds: ["nope"], mode: "exam", timeLimitSeconds: null, shuffleQuestions: true, shuffleOptions: true, sectionIds: [] }, t0)).rejects.toThrow(/unknown/);
  });
});

describe("retrying mistakes and mastery", () => {
  it("retries the wrong and unanswered questions of the last finished self-study attempt", async () => {
    const carl = await makeStudent("carl");
    expect(await createRetryAttempt(carl, {}, t0)).toBeNull();
    const view = await newAttempt(carl, practice(["legal-framework"], 3));
    const [a, b] = view.items;
    await submitAnswer(carl, view.id, { answerId: crypto.randomUUID(), position: 0, answer: await answerFor(a!, true) }, t0);
    await submitAnswer(carl, view.id, { answerId: crypto.randomUUID(), position: 1, answer: await answerFor(b!, false) }, t0);
    await finishAttempt(carl, view.id, later(10));
    const retry = await createRetryAttempt(carl, {}, later(20));
    const retryView = await getAttemptForLearner(carl, retry!.id, later(20));
    expect(new Set(retryView!.items.map((i) => i.question.id))).toEqual(new Set([b!.question.id, view.items[2]!.question.id]));
    expect(retryView!.mode).toBe("practice");

    const mastery = (await getSectionMastery(carl)).find((m) => m.sectionId === "legal-framework");
    expect(mastery).toMatchObject({ mastered: 1, total: 3 });
  });
});
