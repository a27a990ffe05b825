"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { attemptIdSchema, createQuizSchema, retryMistakesSchema, submitAnswerSchema } from "@/lib/schemas/quiz";
import { argsAction, statefulFormAction } from "@/lib/server/action";
import { createRetryAttempt, createSelfStudyAttempt, discardPracticeAttempt, finishAttempt, submitAnswer, type LearnerItem } from "@/lib/server/quiz/service";
import { busyRetryAfterSeconds, isDatabaseBusy } from "@/lib/server/database-busy";
import { metrics } from "@/lib/server/metrics";

// Server actions of the quiz pages: each calls the same service as the JSON API.

// The start-a-quiz form's fields as the schema's input. A time limit typed before switching to
// practice is dropped rather than refused: the field is hidden then.
function quizFormInput(formData: FormData) {
  const text = (name: string) => String(formData.get(name) ?? "").trim();
  const mode = text("mode");
  const limit = text("timeLimitMinutes");
  const types = formData.getAll("types").map(String);
  return {
    mode,
    sectionIds: formData.getAll("sections").map(String),
    count: text("count") === "" ? Number.NaN : Number(text("count")),
    ...(types.length ? { types } : {}),
    ...(mode === "exam" && limit !== "" ? { timeLimitMinutes: Number(limit) } : {}),
    ...(text("requestKey") ? { requestKey: text("requestKey") } : {}),
  };
}

// A fixed key, so that a sample sent twice starts one quiz (the form sends a fresh one per visit).
const SAMPLE_KEY = "4f7c8a52-3b1e-4d2a-9c6f-0e8b7a6d5c41";

// Starts a self-study quiz from the form and opens its first question.
export const startQuiz = statefulFormAction({
  who: "signed-in",
  schema: createQuizSchema,
  read: quizFormInput,
  sample: (rows) => ({ mode: "exam", sections: [rows.sectionId], count: "3", types: ["single", "typed"], timeLimitMinutes: "10", requestKey: SAMPLE_KEY }),
  invalid: (errors) => ({ ok: false, message: "Check the choices marked below.", errors }),
  handle: async ({ user, input }) => {
    const outcome = await createSelfStudyAttempt(user.id, input, new Date());
    if (outcome.status === "invalid") {
      const errors: Record<string, string[]> = {};
      for (const issue of outcome.issues) (errors[issue.path] ??= []).push(issue.message);
      return { ok: false, message: outcome.issues.map((i) => i.message).join(" "), errors };
    }
    redirect(`/quiz/${outcome.id}`);
  },
});

// "Retry my mistakes": a practice quiz of what went wrong in the last finished quiz.
export const retryMistakes = statefulFormAction({
  who: "signed-in",
  schema: retryMistakesSchema,
  read: (formData: FormData) => {
    const key = formData.get("requestKey");
    return key ? { requestKey: String(key) } : {};
  },
  sample: () => ({ requestKey: SAMPLE_KEY }),
  invalid: (errors) => ({ ok: false, message: "Reload the page and try again.", errors }),
  handle: async ({ user, input }) => {
    const attempt = await createRetryAttempt(user.id, input, new Date());
    if (!attempt) return { ok: false, message: "No mistakes to retry: your last finished quiz had none, or you have not finished one yet.", errors: {} };
    redirect(`/quiz/${attempt.id}`);
  },
});

export type AnswerActionResult =
  | { kind: "saved"; item: LearnerItem; answeredCount: number; total: number }
  | { kind: "closed"; reason: "finished" | "timed-out"; message: string }
  | { kind: "error"; message: string; signedOut?: true }
  // The database was too busy to save it: nothing was saved; send the same answer id again.
  | { kind: "busy"; message: string; retryAfterSeconds: number };

// Mid-quiz, an ended session must not navigate away (a redirect to sign-in would drop the answer
// being saved): the player keeps the answer, says so and offers sign-in back to the same question.
const SIGNED_OUT = "Your session has ended. Sign in again to carry on: your answer is kept on this device and saved when you are back.";
const NOT_FOUND = "This quiz was not found.";
const attemptOnly = z.tuple([attemptIdSchema]);

// Saves one answer from the attempt page; the verdict comes back only where the policy allows it.
export const saveQuizAnswer = argsAction({
  who: "signed-in",
  ids: { "0": "quiz-attempts/[id]" },
  args: z.tuple([attemptIdSchema, submitAnswerSchema]),
  sample: (rows) => [rows.attemptId, { answerId: SAMPLE_KEY, position: 0, answer: { type: "typed", text: "Homeland Security Investigations" } }],
  signedOut: (): AnswerActionResult => ({ kind: "error", message: SIGNED_OUT, signedOut: true }),
  invalid: (): AnswerActionResult => ({ kind: "error", message: "That answer could not be read. Reload the page and try again." }),
  handle: async ({ user, input: [attemptId, answer] }): Promise<AnswerActionResult> => {
    let outcome: Awaited<ReturnType<typeof submitAnswer>>;
    try {
      outcome = await submitAnswer(user.id, attemptId, answer, new Date());
    } catch (error) {
      if (!isDatabaseBusy(error)) throw error;
      metrics.quizAnswers.inc({ outcome: "busy" });
      return { kind: "busy", message: "The server is busy; your answer is being saved again in a moment.", retryAfterSeconds: busyRetryAfterSeconds };
    }
    switch (outcome.status) {
      case "saved":
        return { kind: "saved", item: outcome.item, answeredCount: outcome.answeredCount, total: outcome.total };
      case "closed":
        return {
          kind: "closed",
          reason: outcome.reason,
          message: outcome.reason === "timed-out" ? "Time is up. Your saved answers have been graded." : "This quiz is already finished.",
        };
      case "not-found":
        return { kind: "error", message: NOT_FOUND };
      case "invalid":
        return { kind: "error", message: outcome.issues.map((i) => i.message).join(" ") };
      case "conflict":
        return { kind: "error", message: outcome.message };
    }
  },
});

type Done = { ok: boolean; message: string; signedOut?: true };

// Finishes the attempt; the page then opens the results.
export const finishQuiz = argsAction({
  who: "signed-in",
  ids: { "0": "quiz-attempts/[id]" },
  args: attemptOnly,
  sample: (rows) => [rows.attemptId],
  signedOut: (): Done => ({ ok: false, message: SIGNED_OUT, signedOut: true }),
  invalid: (): Done => ({ ok: false, message: NOT_FOUND }),
  handle: async ({ user, input: [attemptId] }): Promise<Done> => ((await finishAttempt(user.id, attemptId, new Date())) ? { ok: true, message: "Finished." } : { ok: false, message: NOT_FOUND }),
});

// Discards an unfinished practice quiz of the learner's own (history's "Discard"). Anything else
// (finished, an exam, an assignment attempt, another learner's, already discarded) is "not found".
export const discardQuiz = argsAction({
  who: "signed-in",
  ids: { "0": "quiz-attempts/[id]" },
  destructive: true,
  args: attemptOnly,
  sample: (rows) => [rows.attemptId],
  invalid: (): Done => ({ ok: false, message: NOT_FOUND }),
  handle: async ({ user, input: [attemptId] }): Promise<Done> => {
    if (!(await discardPracticeAttempt(user.id, attemptId))) return { ok: false, message: "This quiz was not found, or it can no longer be discarded." };
    revalidatePath("/history");
    revalidatePath("/dashboard");
    return { ok: true, message: "Quiz discarded." };
  },
});
