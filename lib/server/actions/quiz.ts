"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { attemptIdSchema, createQuizSchema, retryMistakesSchema, submitAnswerSchema } from "@/lib/schemas/quiz";
import { getSessionUser, requireUser } from "@/lib/server/auth";
import { fieldErrors, type FormState } from "@/lib/server/form-state";
import { createRetryAttempt, createSelfStudyAttempt, discardPracticeAttempt, finishAttempt, submitAnswer, type LearnerItem } from "@/lib/server/quiz/service";
import { requireFormData } from "@/lib/server/form-data";
import { busyRetryAfterSeconds, isDatabaseBusy } from "@/lib/server/database-busy";
import { metrics } from "@/lib/server/metrics";

// Server actions of the quiz pages. Each checks who is asking and parses its input here, then calls
// the same service as the JSON API.

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

// Starts a self-study quiz from the form and opens its first question.
export async function startQuiz(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  requireFormData(formData);
  const parsed = createQuizSchema.safeParse(quizFormInput(formData));
  if (!parsed.success) return { ok: false, message: "Check the choices marked below.", errors: fieldErrors(parsed.error) };
  const outcome = await createSelfStudyAttempt(user.id, parsed.data, new Date());
  if (outcome.status === "invalid") {
    const errors: Record<string, string[]> = {};
    for (const issue of outcome.issues) (errors[issue.path] ??= []).push(issue.message);
    return { ok: false, message: outcome.issues.map((i) => i.message).join(" "), errors };
  }
  redirect(`/quiz/${outcome.id}`);
}

// "Retry my mistakes": a practice quiz of what went wrong in the last finished quiz.
export async function retryMistakes(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  requireFormData(formData);
  const key = String(formData.get("requestKey") ?? "");
  const parsed = retryMistakesSchema.safeParse(key ? { requestKey: key } : {});
  if (!parsed.success) return { ok: false, message: "Reload the page and try again.", errors: fieldErrors(parsed.error) };
  const attempt = await createRetryAttempt(user.id, parsed.data, new Date());
  if (!attempt) return { ok: false, message: "No mistakes to retry: your last finished quiz had none, or you have not finished one yet.", errors: {} };
  redirect(`/quiz/${attempt.id}`);
}

export type AnswerActionResult =
  | { kind: "saved"; item: LearnerItem; answeredCount: number; total: number }
  | { kind: "closed"; reason: "finished" | "timed-out"; message: string }
  | { kind: "error"; message: string; signedOut?: true }
  // The database was too busy to save it: nothing was saved; send the same answer id again.
  | { kind: "busy"; message: string; retryAfterSeconds: number };

// Mid-quiz, an ended session must not navigate away (a redirect to sign-in would drop the answer
// being saved): the player keeps the answer, says so and offers sign-in back to the same question.
const SIGNED_OUT = "Your session has ended. Sign in again to carry on: your answer is kept on this device and saved when you are back.";

// Saves one answer from the attempt page; the verdict comes back only where the policy allows it.
export async function saveQuizAnswer(attemptId: unknown, input: unknown): Promise<AnswerActionResult> {
  const user = await getSessionUser();
  if (!user) return { kind: "error", message: SIGNED_OUT, signedOut: true };
  const id = attemptIdSchema.safeParse(attemptId);
  const body = submitAnswerSchema.safeParse(input);
  if (!id.success || !body.success) return { kind: "error", message: "That answer could not be read. Reload the page and try again." };
  let outcome: Awaited<ReturnType<typeof submitAnswer>>;
  try {
    outcome = await submitAnswer(user.id, id.data, body.data, new Date());
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
      return { kind: "error", message: "This quiz was not found." };
    case "invalid":
      return { kind: "error", message: outcome.issues.map((i) => i.message).join(" ") };
    case "conflict":
      return { kind: "error", message: outcome.message };
  }
}

// Finishes the attempt; the page then opens the results.
export async function finishQuiz(attemptId: unknown): Promise<{ ok: boolean; message: string; signedOut?: true }> {
  const user = await getSessionUser();
  if (!user) return { ok: false, message: SIGNED_OUT, signedOut: true };
  const id = attemptIdSchema.safeParse(attemptId);
  if (!id.success) return { ok: false, message: "This quiz was not found." };
  const attempt = await finishAttempt(user.id, id.data, new Date());
  return attempt ? { ok: true, message: "Finished." } : { ok: false, message: "This quiz was not found." };
}

// Discards an unfinished practice quiz of the learner's own (history's "Discard"). Anything else
// (finished, an exam, an assignment attempt, another learner's, already discarded) is "not found".
export async function discardQuiz(attemptId: unknown): Promise<{ ok: boolean; message: string }> {
  const user = await requireUser();
  const id = attemptIdSchema.safeParse(attemptId);
  if (!id.success) return { ok: false, message: "This quiz was not found." };
  if (!(await discardPracticeAttempt(user.id, id.data))) return { ok: false, message: "This quiz was not found, or it can no longer be discarded." };
  revalidatePath("/history");
  revalidatePath("/dashboard");
  return { ok: true, message: "Quiz discarded." };
}
