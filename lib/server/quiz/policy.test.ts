import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/lib/db/seed";
import { db } from "@/lib/server/db";
import { finishAttempt, getAttemptForLearner, getAttemptResults, listAttemptHistory, startAttempt, submitAnswer } from "./service";
import { answerFor, makeAssignment, makeStudent } from "@/tests/support/quiz";

// The feedback policy of assignment attempts, end to end through the service: nothing during the
// attempt, then the instructor's rule (immediately / after the due date / never).

const t0 = new Date("2030-01-01T10:00:00.000Z");
const due = new Date("2030-01-02T10:00:00.000Z");
const afterDue = new Date(due.getTime() + 1000);
const questionIds = ["hsi-q-stands-for", "hsi-q-department", "hsi-q-scope"];

let student: string;
beforeAll(async () => {
  await seed(db, { demoAccounts: false });
  student = await makeStudent("policy");
});

async function sitAssignment(feedback: string, mode: "practice" | "exam" = "practice") {
  const assignmentId = await makeAssignment(feedback, due, student);
  const { id } = await startAttempt(student, { questionIds, mode, timeLimitSeconds: null, closesAt: due, shuffleQuestions: true, shuffleOptions: true, sectionIds: ["hsi"], assignmentId }, t0);
  const view = (await getAttemptForLearner(student, id, t0))!;
  const first = view.items[0]!;
  const answered = await submitAnswer(student, id, { answerId: crypto.randomUUID(), position: 0, answer: await answerFor(first, true) }, t0);
  return { id, view, answered };
}

describe("assignment feedback", () => {
  it("shows nothing while the attempt is in progress, even in practice mode, and lets answers change", async () => {
    const { id, view, answered } = await sitAssignment("immediately", "practice");
    expect(view.feedback).toBe("none");
    expect(answered).toMatchObject({ status: "saved", item: { result: null } });
    const changed = await submitAnswer(student, id, { answerId: crypto.randomUUID(), position: 0, answer: await answerFor(view.items[0]!, false) }, t0);
    expect(changed).toMatchObject({ status: "saved", replayed: false });
  });

  it("'immediately': everything once finished", async () => {
    const { id } = await sitAssignment("immediately");
    const finished = await finishAttempt(student, id, t0);
    expect(finished).toMatchObject({ feedback: "full", score: { points: 1, maxPoints: 3 } });
    expect(finished!.items[0]!.result).toMatchObject({ correct: true });
    const results = await getAttemptResults(student, id, t0);
    expect(results).toMatchObject({ feedback: "full", assignmentTitle: "Homework" });
    expect((results as { items: unknown[] }).items).toHaveLength(3);
  });

  it("'after_due': the score alone until the due date, everything after it", async () => {
    const { id } = await sitAssignment("after_due");
    await finishAttempt(student, id, t0);
    const before = await getAttemptResults(student, id, t0);
    expect(before).toMatchObject({ feedback: "score", items: [], score: { points: 1, maxPoints: 3 } });
    expect((await getAttemptForLearner(student, id, t0))!.items.every((i) => i.result === null)).toBe(true);
    const after = await getAttemptResults(student, id, afterDue);
    expect(after).toMatchObject({ feedback: "full" });
    expect((after as { items: unknown[] }).items).toHaveLength(3);
  });

  it("'never': the score only, forever, and a replayed answer reveals nothing either", async () => {
    const { id, view } = await sitAssignment("never", "exam");
    const answerId = crypto.randomUUID();
    await submitAnswer(student, id, { answerId, position: 1, answer: await answerFor(view.items[1]!, true) }, t0);
    await finishAttempt(student, id, t0);
    const results = await getAttemptResults(student, id, new Date("2099-01-01"));
    expect(results).toMatchObject({ feedback: "score", items: [], score: { points: 2, maxPoints: 3 } });
    const replay = await submitAnswer(student, id, { answerId, position: 1, answer: await answerFor(view.items[1]!, true) }, afterDue);
    expect(replay).toMatchObject({ status: "saved", replayed: true, item: { result: null } });
    expect(JSON.stringify(await getAttemptForLearner(student, id, afterDue))).not.toContain("explanation");
  });

  it("lists assignment attempts in the history with their score", async () => {
    const history = await listAttemptHistory(student);
    const finished = history.filter((h) => h.finishedAt !== null);
    expect(finished.length).toBeGreaterThanOrEqual(3);
    expect(finished.every((h) => h.assignmentTitle === "Homework" && h.points !== null && h.total === 3)).toBe(true);
    expect(history.find((h) => h.finishedAt === null)).toMatchObject({ points: null, percent: null, answeredCount: 1 });
  });
});
