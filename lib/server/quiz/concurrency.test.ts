import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/lib/db/seed";
import { db } from "@/lib/server/db";
import { createSelfStudyAttempt, getAttemptForLearner, submitAnswer } from "./service";
import { answerFor, makeStudent } from "@/tests/support/quiz";

// Retries and double clicks racing each other against a real database: idempotency keys and the
// one-answer-per-practice-question rule must hold when two requests arrive together.

const t0 = new Date("2030-01-01T10:00:00.000Z");
const practice = (sectionIds: string[], count: number) => ({ mode: "practice" as const, sectionIds, count });

let ann: string;
beforeAll(async () => {
  await seed(db, { demoAccounts: false });
  ann = await makeStudent("racer");
});

async function newAttempt(userId: string, input: Parameters<typeof createSelfStudyAttempt>[1]) {
  const outcome = await createSelfStudyAttempt(userId, input, t0);
  if (outcome.status === "invalid") throw new Error(JSON.stringify(outcome.issues));
  return (await getAttemptForLearner(userId, outcome.id, t0))!;
}

describe("concurrent retries", () => {
  it("saves one record when the same answer arrives twice at once", async () => {
    const view = await newAttempt(ann, practice(["ero"], 2));
    const body = { answerId: crypto.randomUUID(), position: 0, answer: await answerFor(view.items[0]!, true) };
    const [a, b] = await Promise.all([submitAnswer(ann, view.id, body, t0), submitAnswer(ann, view.id, body, t0)]);
    expect([a.status, b.status]).toEqual(["saved", "saved"]);
    expect([a, b].filter((o) => o.status === "saved" && o.replayed)).toHaveLength(1);
    expect(await db.quizAttemptItem.count({ where: { attemptId: view.id, answerId: body.answerId } })).toBe(1);
  });

  it("creates one attempt when the same request key arrives twice at once", async () => {
    const requestKey = crypto.randomUUID();
    const [a, b] = await Promise.all([createSelfStudyAttempt(ann, { ...practice(["hsi"], 4), requestKey }, t0), createSelfStudyAttempt(ann, { ...practice(["hsi"], 4), requestKey }, t0)]);
    expect((a as { id: string }).id).toBe((b as { id: string }).id);
    expect(await db.quizAttempt.count({ where: { requestKey } })).toBe(1);
  });

  it("lets only one of two different practice answers to the same question through", async () => {
    const view = await newAttempt(ann, practice(["ero"], 2));
    const item = view.items[0]!;
    const outcomes = await Promise.all([true, false].map(async (right) => submitAnswer(ann, view.id, { answerId: crypto.randomUUID(), position: 0, answer: await answerFor(item, right) }, t0)));
    expect(outcomes.map((o) => o.status).sort()).toEqual(["conflict", "saved"]);
  });
});
