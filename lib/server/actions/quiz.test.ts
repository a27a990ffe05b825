import crypto from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { seed } from "@/lib/db/seed";
import { db } from "@/lib/server/db";
import { initialFormState } from "@/lib/view/form-state";
import { makeStudent } from "@/tests/support/quiz";
import { finishQuiz, retryMistakes, saveQuizAnswer, startQuiz } from "./quiz";

// The quiz page actions with a real database: form parsing, refusals, and the redirect on success.
// Only who is asking (requireUser) and Next's redirect are stubbed.

const who = vi.hoisted(() => ({ id: "" }));
vi.mock("@/lib/server/auth", () => {
  const signedIn = async () => ({ id: who.id, email: "a@example.com", name: "A", role: "student" });
  return { requireUser: signedIn, getSessionUser: signedIn };
});
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`REDIRECT:${url}`);
  },
}));

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
};
const redirectOf = async (run: Promise<unknown>) => {
  try {
    await run;
  } catch (error) {
    const match = /^REDIRECT:(.*)$/.exec((error as Error).message);
    if (match) return match[1];
    throw error;
  }
  return null;
};

beforeAll(async () => {
  await seed(db, { demoAccounts: false });
  who.id = await makeStudent("actions");
});

describe("startQuiz", () => {
  it("starts a quiz from the form fields and opens it", async () => {
    const url = await redirectOf(startQuiz(initialFormState, form({ mode: "exam", sections: ["hsi", "ero"], count: "4", types: ["single", "typed"], timeLimitMinutes: "5", requestKey: crypto.randomUUID() })));
    expect(url).toMatch(/^\/quiz\/[a-z0-9]+$/);
    const attempt = await db.quizAttempt.findUniqueOrThrow({ where: { id: url!.slice("/quiz/".length) }, include: { items: true } });
    expect(attempt).toMatchObject({ mode: "exam", timeLimitSeconds: 300, sectionIds: '["hsi","ero"]' });
    expect(attempt.items).toHaveLength(4);
  });

  it("drops a time limit left in the form when practice is chosen", async () => {
    const url = await redirectOf(startQuiz(initialFormState, form({ mode: "practice", count: "2", timeLimitMinutes: "5" })));
    const attempt = await db.quizAttempt.findUniqueOrThrow({ where: { id: url!.slice("/quiz/".length) } });
    expect(attempt.timeLimitSeconds).toBeNull();
  });

  it("returns field errors and saves nothing for bad input", async () => {
    const before = await db.quizAttempt.count();
    const state = await startQuiz(initialFormState, form({ mode: "exam", count: "0", timeLimitMinutes: "-3" }));
    expect(state.ok).toBe(false);
    expect(state.errors.count).toEqual(["Ask for at least 1 question"]);
    expect(state.errors.timeLimitMinutes).toEqual(["The time limit must be positive"]);
    expect((await startQuiz(initialFormState, form({ mode: "practice", count: "" }))).errors.count).toEqual(["Enter a whole number of questions"]);
    expect((await startQuiz(initialFormState, form({ mode: "practice", count: "3", sections: "atlantis" }))).errors.sectionIds).toBeDefined();
    expect(await db.quizAttempt.count()).toBe(before);
  });
});

describe("answers, finishing and retries", () => {
  it("refuses unreadable input and unknown attempts without throwing", async () => {
    expect(await saveQuizAnswer("../x", {})).toMatchObject({ kind: "error" });
    expect(await saveQuizAnswer("cnotanattempt", { answerId: crypto.randomUUID(), position: 0, answer: { type: "truefalse", value: true } })).toEqual({ kind: "error", message: "This quiz was not found." });
    expect(await finishQuiz(42)).toEqual({ ok: false, message: "This quiz was not found." });
  });

  it("says when there is nothing to retry, and retries otherwise", async () => {
    who.id = await makeStudent("retrier");
    expect(await retryMistakes(initialFormState, form({}))).toMatchObject({ ok: false, message: expect.stringMatching(/^No mistakes to retry/) });
    expect((await retryMistakes(initialFormState, form({ requestKey: "nope" }))).ok).toBe(false);
    const url = await redirectOf(startQuiz(initialFormState, form({ mode: "practice", sections: "legal-framework", count: "3" })));
    const id = url!.slice("/quiz/".length);
    expect(await finishQuiz(id)).toEqual({ ok: true, message: "Finished." });
    expect(await redirectOf(retryMistakes(initialFormState, form({ requestKey: crypto.randomUUID() })))).toMatch(/^\/quiz\/[a-z0-9]+$/);
  });
});
