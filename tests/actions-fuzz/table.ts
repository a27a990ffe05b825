import { z } from "zod";
import { changeMyEmail, changeMyPassword, deleteMyAccount, signOutEverywhere } from "@/lib/server/actions/account";
import { signUp } from "@/lib/server/actions/sign-up";
import { requestPasswordResetAction, resetPasswordAction } from "@/lib/server/actions/password-reset";
import { resendVerificationAction, verifyEmailAction } from "@/lib/server/actions/email-verification";
import { createAssignmentAction, deleteAssignmentAction, setExtensionAction, setGradeOverrideAction, startAssignmentAction, updateAssignmentAction } from "@/lib/server/actions/assignments";
import { createClassAction, deleteClassAction, joinClassAction, removeMemberAction, renameClassAction, restoreMemberAction, updateJoinCodeAction } from "@/lib/server/actions/classes";
import { addQuestionsToSetAction, addQuestionToSetAction, addRandomRuleAction, createCustomQuestionAction, createQuestionSetAction, deleteQuestionSetAction, moveSetItemAction, removeSetItemAction, renameQuestionSetAction } from "@/lib/server/actions/question-sets";
import { discardQuiz, finishQuiz, retryMistakes, saveQuizAnswer, startQuiz } from "@/lib/server/actions/quiz";
import { adoptBrowserTimeZone, applyParametersAction, cardAction, optimizeAction, saveReviewSettingsAction, type OptimizeState } from "@/lib/server/actions/review";
import { createStudyTargetAction, deleteStudyTargetAction } from "@/lib/server/actions/study-targets";
import { createStudyTargetSchema } from "@/lib/schemas/study-targets";
import { questionFromForm } from "@/lib/domain/classes/question-form";
import { parseSettingsForm, type SettingsFormValues } from "@/lib/domain/review/settings-form";
import { changeEmailSchema, changePasswordSchema, deleteAccountSchema, requestResetSchema, resendVerificationSchema, resetPasswordSchema, verifyEmailSchema } from "@/lib/schemas/account";
import {
  addQuestionsSchema,
  addSetItemSchema,
  createAssignmentSchema,
  createClassSchema,
  createCustomQuestionSchema,
  createQuestionSetSchema,
  joinClassSchema,
  joinCodeActionSchema,
  moveSetItemSchema,
  renameQuestionSetSchema,
  rowIdSchema,
  setExtensionSchema,
  setGradeOverrideSchema,
  updateAssignmentSchema,
} from "@/lib/schemas/classes";
import { attemptIdSchema, createQuizSchema, retryMistakesSchema, submitAnswerSchema } from "@/lib/schemas/quiz";
import { cardActionSchema, forgetCardSchema, setDueDateSchema, timeZoneSchema } from "@/lib/schemas/review";
import { signUpSchema } from "@/lib/schemas/user";
import type { FormState } from "@/lib/server/form-state";
import { assignmentFromForm, assignmentRulesFromForm, optionalNumber, studyTargetFromForm, text } from "@/lib/server/forms";
import type { Mine, Slot } from "@/tests/api-fuzz/fixtures";
import type { Fields } from "./inputs";
import type { Verdict } from "./check";

// Every server action, keyed "<file>.<export>": who may call it, one valid input, and `accepts`, the
// action's own reading of its input (its schema, through the lib helpers it uses) which tells the
// malformed inputs, to be refused, from the valid ones. `ids` names the inputs that point at rows.
// The test fails when an exported action has no entry here.

export type Persona = "anonymous" | "student" | "instructor" | "victim";
export type IdKind = Slot | "cards";
// The persona's ids, plus an extra student (enrolled in the instructor's class) for the actions that
// remove one, and a quiz of typed questions (so that free text reaches grading and the database).
export type Ctx = Mine & { victimId: string; typedAttemptId: string };

type Common = { persona: Persona; ids?: Record<string, IdKind>; verdict?: (result: unknown) => Verdict; destructive?: true };
export type FormEntry = Common & { form: true; sample: (c: Ctx) => Fields; run: (data: FormData, previous: unknown) => Promise<unknown>; accepts: (data: FormData) => boolean };
export type ArgsEntry = Common & { form: false; sample: (c: Ctx) => unknown[]; run: (...args: unknown[]) => Promise<unknown>; accepts?: (args: unknown[]) => boolean };
export type Entry = FormEntry | ArgsEntry;

const uuid = "4f7c8a52-3b1e-4d2a-9c6f-0e8b7a6d5c41";
const ok = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;
const rowId = (data: FormData, ...names: string[]) => names.every((n) => ok(rowIdSchema, text(data, n)));
const state = (previous: unknown) => previous as FormState;
// Calls an action with whatever arguments a client sent, as Next would.
const loose = (action: (...args: never[]) => Promise<unknown>) => action as unknown as (...args: unknown[]) => Promise<unknown>;
// The raw text of a field the way quiz.ts and review.ts read it (they do not use teach/forms' `text`).
const raw = (data: FormData, name: string) => String(data.get(name) ?? "").trim();
const plain = (data: FormData, name: string) => {
  const value = data.get(name);
  return typeof value === "string" ? value : "";
};
const strings = (data: FormData) => Object.fromEntries([...data.entries()].flatMap(([k, v]) => (typeof v === "string" ? [[k, v.replaceAll("\u0000", "")]] : [])));
const settingsFields = [
  "desiredRetention",
  "newPerDay",
  "maxReviewsPerDay",
  "learningSteps",
  "relearningSteps",
  "timeZone",
  "dayStartsAtHour",
  "quizCardsPerDay",
  "targetCardsPerDay",
  "leechThreshold",
  "leechAction",
  "learnAheadMinutes",
  "maximumInterval",
  "ignoreReviewsBefore",
  "newReviewOrder",
  "reviewSortOrder",
  "newCardOrder",
  "deck",
] as const;
// An assignment's rules as its create and edit forms send them.
const assignmentRules = {
  title: "Homework 2",
  opensAt: "2026-01-01T09:00",
  dueAt: "2026-12-01T09:00:00Z",
  timeZone: "Europe/Berlin",
  timeLimitMinutes: "30",
  attemptsAllowed: "2",
  gradingMethod: "average",
  shuffleQuestions: "on",
  feedback: "after_due",
  lateWork: "refuse",
  targetRecall: "85",
};
// applyParametersAction says no by keeping the previous state and saying why.
const parametersVerdict = (result: unknown): Verdict => (/nothing was changed/.test(String((result as OptimizeState | null)?.message)) ? "refused" : "accepted");

export const table: Record<string, Entry> = {
  "account.deleteMyAccount": {
    form: true,
    persona: "victim",
    destructive: true,
    sample: () => ({ confirm: "delete my account", password: "the victim's password" }),
    run: (d, p) => deleteMyAccount(state(p), d),
    accepts: (d) => ok(deleteAccountSchema, { confirm: d.get("confirm"), password: d.get("password") ?? undefined }),
  },
  "account.changeMyPassword": {
    form: true,
    persona: "victim",
    sample: () => ({ currentPassword: "the victim's password", newPassword: "a brand new password" }),
    run: (d, p) => changeMyPassword(state(p), d),
    accepts: (d) => ok(changePasswordSchema, { currentPassword: d.get("currentPassword") ?? undefined, newPassword: d.get("newPassword") ?? undefined }),
  },
  "account.changeMyEmail": {
    form: true,
    persona: "victim",
    sample: () => ({ newEmail: "fuzz-moved@example.com", emailPassword: "the victim's password" }),
    run: (d, p) => changeMyEmail(state(p), d),
    accepts: (d) => ok(changeEmailSchema, { newEmail: d.get("newEmail") ?? undefined, password: d.get("emailPassword") ?? undefined }),
  },
  "account.signOutEverywhere": { form: false, persona: "victim", sample: () => [], run: loose(signOutEverywhere) },
  "password-reset.requestPasswordResetAction": {
    form: true,
    persona: "anonymous",
    sample: () => ({ email: "fuzz-reset@example.com" }),
    run: (d, p) => requestPasswordResetAction(state(p), d),
    accepts: (d) => ok(requestResetSchema, { email: d.get("email") ?? undefined }),
  },
  "password-reset.resetPasswordAction": {
    form: true,
    persona: "anonymous",
    sample: () => ({ token: "a".repeat(43), newPassword: "a brand new password" }),
    run: (d, p) => resetPasswordAction(state(p), d),
    accepts: (d) => ok(resetPasswordSchema, { token: d.get("token") ?? undefined, newPassword: d.get("newPassword") ?? undefined }),
  },
  "email-verification.verifyEmailAction": {
    form: true,
    persona: "anonymous",
    sample: () => ({ token: "a".repeat(43) }),
    run: (d, p) => verifyEmailAction(state(p), d),
    accepts: (d) => ok(verifyEmailSchema, { token: d.get("token") ?? undefined }),
  },
  "email-verification.resendVerificationAction": {
    form: true,
    persona: "anonymous",
    sample: () => ({ email: "fuzz-verify@example.com" }),
    run: (d, p) => resendVerificationAction(state(p), d),
    accepts: (d) => ok(resendVerificationSchema, { email: d.get("email") ?? undefined }),
  },
  "sign-up.signUp": {
    form: true,
    persona: "anonymous",
    sample: () => ({ name: "Ann Fuzz", email: "fuzz-new@example.com", password: "correct horse battery", role: "student" }),
    run: (d, p) => signUp(state(p), d),
    accepts: (d) => ok(signUpSchema, Object.fromEntries(d)),
  },
  "classes.createClassAction": { form: true, persona: "instructor", sample: () => ({ name: "Period 2" }), run: (d, p) => createClassAction(state(p), d), accepts: (d) => ok(createClassSchema, { name: text(d, "name") }) },
  "classes.updateJoinCodeAction": {
    form: true,
    persona: "instructor",
    ids: { classId: "classes/[id]" },
    sample: (c) => ({ classId: c.classId, action: "regenerate" }),
    run: (d) => updateJoinCodeAction(d),
    accepts: (d) => rowId(d, "classId") && ok(joinCodeActionSchema, { action: text(d, "action") }),
  },
  "classes.joinClassAction": { form: true, persona: "student", sample: () => ({ code: "qrst-2345" }), run: (d, p) => joinClassAction(state(p), d), accepts: (d) => ok(joinClassSchema, { code: text(d, "code") ?? "" }) },
  "question-sets.createQuestionSetAction": {
    form: true,
    persona: "instructor",
    sample: () => ({ title: "Week 1", requestKey: uuid }),
    run: (d) => createQuestionSetAction(d),
    accepts: (d) => ok(createQuestionSetSchema, { title: text(d, "title") ?? undefined, requestKey: text(d, "requestKey") || undefined }),
  },
  "question-sets.renameQuestionSetAction": {
    form: true,
    persona: "instructor",
    ids: { setId: "question-sets/[id]" },
    sample: (c) => ({ setId: c.setId, title: "Week 2" }),
    run: (d, p) => renameQuestionSetAction(state(p), d),
    accepts: (d) => rowId(d, "setId") && ok(renameQuestionSetSchema, { title: text(d, "title") ?? "" }),
  },
  "question-sets.addQuestionToSetAction": {
    form: true,
    persona: "instructor",
    ids: { setId: "question-sets/[id]" },
    sample: (c) => ({ setId: c.setId, questionId: c.questionId }),
    run: (d) => addQuestionToSetAction(d),
    accepts: (d) => rowId(d, "setId") && ok(addSetItemSchema, { kind: "question", questionId: text(d, "questionId") }),
  },
  "question-sets.addQuestionsToSetAction": {
    form: true,
    persona: "instructor",
    ids: { setId: "question-sets/[id]" },
    sample: (c) => ({ setId: c.setId, selected: [c.questionId] }),
    run: (d) => addQuestionsToSetAction(d),
    accepts: (d) => {
      const ids = d.getAll("selected").map((v) => (typeof v === "string" ? v : ""));
      return rowId(d, "setId") && (ids.length === 0 || ok(addQuestionsSchema, { questionIds: [...new Set(ids)] }));
    },
  },
  "question-sets.addRandomRuleAction": {
    form: true,
    persona: "instructor",
    ids: { setId: "question-sets/[id]" },
    sample: (c) => ({ setId: c.setId, sectionId: c.sectionId, count: "2" }),
    run: (d, p) => addRandomRuleAction(state(p), d),
    accepts: (d) => rowId(d, "setId") && ok(addSetItemSchema, { kind: "random", sectionId: text(d, "sectionId"), count: optionalNumber(d, "count") }),
  },
  "question-sets.createCustomQuestionAction": {
    form: true,
    persona: "instructor",
    ids: { setId: "question-sets/[id]" },
    sample: (c) => ({ setId: c.setId, sectionId: c.sectionId, type: "single", prompt: "Which agency is HSI part of?", explanation: "HSI is a directorate of ICE.", difficulty: "medium", "option-0": "ICE", "option-1": "CBP", correct: "0", quote: "Homeland Security Investigations" }),
    run: (d, p) => createCustomQuestionAction(state(p), d),
    accepts: (d) => rowId(d, "setId") && ok(createCustomQuestionSchema, { sectionId: strings(d).sectionId || null, question: questionFromForm(strings(d)) }),
  },
  "question-sets.moveSetItemAction": {
    form: true,
    persona: "instructor",
    ids: { setId: "question-sets/[id]", itemId: "items/[itemId]" },
    sample: (c) => ({ setId: c.setId, itemId: c.itemId, direction: "down" }),
    run: (d) => moveSetItemAction(d),
    accepts: (d) => rowId(d, "setId", "itemId") && ok(moveSetItemSchema, { direction: text(d, "direction") }),
  },
  // After the move: its valid inputs remove the item the move uses.
  "question-sets.removeSetItemAction": {
    form: true,
    persona: "instructor",
    ids: { setId: "question-sets/[id]", itemId: "items/[itemId]" },
    sample: (c) => ({ setId: c.setId, itemId: c.itemId }),
    run: (d) => removeSetItemAction(d),
    accepts: (d) => rowId(d, "setId", "itemId"),
  },
  "classes.renameClassAction": {
    form: true,
    persona: "instructor",
    ids: { classId: "classes/[id]" },
    sample: (c) => ({ classId: c.classId, name: "Period 3" }),
    run: (d, p) => renameClassAction(state(p), d),
    accepts: (d) => rowId(d, "classId") && ok(createClassSchema, { name: text(d, "name") }),
  },
  "classes.deleteClassAction": {
    form: true,
    persona: "instructor",
    destructive: true,
    ids: { classId: "classes/[id]" },
    sample: (c) => ({ classId: c.classId }),
    run: (d) => deleteClassAction(d),
    accepts: (d) => rowId(d, "classId"),
  },
  "question-sets.deleteQuestionSetAction": {
    form: true,
    persona: "instructor",
    destructive: true,
    ids: { setId: "question-sets/[id]" },
    sample: (c) => ({ setId: c.setId }),
    run: (d, p) => deleteQuestionSetAction(state(p), d),
    accepts: (d) => rowId(d, "setId"),
  },
  "classes.removeMemberAction": {
    form: true,
    persona: "instructor",
    ids: { classId: "classes/[id]", userId: "members/[userId]" },
    sample: (c) => ({ classId: c.classId, userId: c.victimId }),
    run: (d) => removeMemberAction(d),
    accepts: (d) => rowId(d, "classId", "userId"),
  },
  "classes.restoreMemberAction": {
    form: true,
    persona: "instructor",
    ids: { classId: "classes/[id]", userId: "members/[userId]" },
    sample: (c) => ({ classId: c.classId, userId: c.victimId }),
    run: (d) => restoreMemberAction(d),
    accepts: (d) => rowId(d, "classId", "userId"),
  },
  "assignments.createAssignmentAction": {
    form: true,
    persona: "instructor",
    ids: { classId: "classes/[id]", setId: "question-sets/[id]" },
    sample: (c) => ({ classId: c.classId, setId: c.setId, ...assignmentRules }),
    run: (d, p) => createAssignmentAction(state(p), d),
    accepts: (d) => ok(createAssignmentSchema, assignmentFromForm(d)),
  },
  "assignments.updateAssignmentAction": {
    form: true,
    persona: "instructor",
    ids: { assignmentId: "assignments/[id]" },
    sample: (c) => ({ assignmentId: c.assignmentId, ...assignmentRules }),
    run: (d, p) => updateAssignmentAction(state(p), d),
    accepts: (d) => rowId(d, "assignmentId") && ok(updateAssignmentSchema, assignmentRulesFromForm(d)),
  },
  "assignments.setExtensionAction": {
    form: true,
    persona: "instructor",
    ids: { assignmentId: "assignments/[id]", userId: "members/[userId]" },
    sample: (c) => ({ assignmentId: c.assignmentId, userId: c.memberId, timeZone: "UTC", dueAt: "", extraAttempts: "1" }),
    run: (d, p) => setExtensionAction(state(p), d),
    accepts: (d) => ok(setExtensionSchema, { assignmentId: text(d, "assignmentId"), userId: text(d, "userId"), timeZone: text(d, "timeZone"), dueAt: text(d, "dueAt") || null, extraAttempts: optionalNumber(d, "extraAttempts") ?? 0 }),
  },
  "assignments.setGradeOverrideAction": {
    form: true,
    persona: "instructor",
    ids: { assignmentId: "assignments/[id]", userId: "members/[userId]" },
    sample: (c) => ({ assignmentId: c.assignmentId, userId: c.memberId, percent: "90", reason: "Marked by hand" }),
    run: (d, p) => setGradeOverrideAction(state(p), d),
    accepts: (d) => {
      const ids = { assignmentId: text(d, "assignmentId"), userId: text(d, "userId") };
      return text(d, "clear") === "on"
        ? ok(setGradeOverrideSchema, { clear: true, ...ids })
        : ok(setGradeOverrideSchema, { clear: false, ...ids, percent: optionalNumber(d, "percent") ?? undefined, reason: text(d, "reason") ?? "" });
    },
  },
  "assignments.startAssignmentAction": {
    form: true,
    persona: "student",
    ids: { assignmentId: "assignments/[id]" },
    sample: (c) => ({ assignmentId: c.assignmentId }),
    run: (d, p) => startAssignmentAction(state(p), d),
    accepts: (d) => rowId(d, "assignmentId"),
  },
  "quiz.startQuiz": {
    form: true,
    persona: "student",
    sample: (c) => ({ mode: "exam", sections: [c.sectionId], count: "3", types: ["single", "typed"], timeLimitMinutes: "10", requestKey: uuid }),
    run: (d, p) => startQuiz(state(p), d),
    accepts: (d) => {
      const [mode, limit, key, types] = [raw(d, "mode"), raw(d, "timeLimitMinutes"), raw(d, "requestKey"), d.getAll("types").map(String)];
      const input = { mode, sectionIds: d.getAll("sections").map(String), count: raw(d, "count") === "" ? Number.NaN : Number(raw(d, "count")) };
      return ok(createQuizSchema, { ...input, ...(types.length ? { types } : {}), ...(mode === "exam" && limit !== "" ? { timeLimitMinutes: Number(limit) } : {}), ...(key ? { requestKey: key } : {}) });
    },
  },
  "quiz.retryMistakes": { form: true, persona: "student", sample: () => ({ requestKey: uuid }), run: (d, p) => retryMistakes(state(p), d), accepts: (d) => ok(retryMistakesSchema, d.get("requestKey") ? { requestKey: String(d.get("requestKey")) } : {}) },
  "quiz.saveQuizAnswer": {
    form: false,
    persona: "student",
    ids: { "0": "quiz-attempts/[id]" },
    sample: (c) => [c.typedAttemptId, { answerId: uuid, position: 0, answer: { type: "typed", text: "Homeland Security Investigations" } }],
    run: loose(saveQuizAnswer),
    accepts: ([id, body]) => ok(attemptIdSchema, id) && ok(submitAnswerSchema, body),
  },
  // After saveQuizAnswer: its valid inputs finish the attempt the answers go to.
  "quiz.finishQuiz": { form: false, persona: "student", ids: { "0": "quiz-attempts/[id]" }, sample: (c) => [c.attemptId], run: loose(finishQuiz), accepts: ([id]) => ok(attemptIdSchema, id) },
  "quiz.discardQuiz": { form: false, persona: "student", destructive: true, ids: { "0": "quiz-attempts/[id]" }, sample: (c) => [c.attemptId], run: loose(discardQuiz), accepts: ([id]) => ok(attemptIdSchema, id) },
  "review.saveReviewSettingsAction": {
    form: true,
    persona: "student",
    sample: (c) => ({ desiredRetention: "0.9", newPerDay: "20", maxReviewsPerDay: "200", learningSteps: "1m 10m", relearningSteps: "10m", timeZone: "Europe/Berlin", dayStartsAtHour: "4", quizCardsPerDay: "", targetCardsPerDay: "20", leechThreshold: "8", leechAction: "tag", learnAheadMinutes: "20", maximumInterval: "36500", ignoreReviewsBefore: "", newReviewOrder: "mixed", reviewSortOrder: "due", newCardOrder: "article", rescheduleOnChange: "on", loadBalancing: "on", easyDay0: "0", easyDay6: "0.5", deck: "sections", sections: [c.sectionId] }),
    run: (d, p) => saveReviewSettingsAction(state(p), d),
    accepts: (d) => {
      const values = Object.fromEntries(settingsFields.map((k) => [k, plain(d, k)]));
      const reschedule = d.get("rescheduleOnChange") === "on";
      const easyDays = [0, 1, 2, 3, 4, 5, 6].map((day) => plain(d, `easyDay${day}`));
      return parseSettingsForm({ ...(values as Omit<SettingsFormValues, "sections" | "rescheduleOnChange" | "loadBalancing" | "easyDays">), rescheduleOnChange: reschedule, loadBalancing: d.get("loadBalancing") === "on", easyDays, sections: d.getAll("sections").filter((s): s is string => typeof s === "string") }).ok;
    },
  },
  "study-targets.createStudyTargetAction": {
    form: true,
    persona: "student",
    sample: (c) => ({ sections: [c.sectionId], date: "2099-06-01", targetRecall: "90" }),
    run: (d, p) => createStudyTargetAction(state(p), d),
    accepts: (d) => ok(createStudyTargetSchema, studyTargetFromForm(d)),
  },
  "study-targets.deleteStudyTargetAction": {
    form: true,
    persona: "student",
    destructive: true,
    sample: () => ({ targetId: "no-such-target" }),
    run: (d) => deleteStudyTargetAction(d),
    accepts: (d) => rowId(d, "targetId"),
  },
  "review.adoptBrowserTimeZone": { form: false, persona: "student", sample: () => ["Europe/Berlin"], run: loose(adoptBrowserTimeZone), accepts: ([zone]) => ok(timeZoneSchema, zone) },
  "review.cardAction": {
    form: false,
    persona: "student",
    ids: { "1.cardId": "cards" },
    sample: (c) => ["suspend", { cardId: c.cardId, expectedVersion: 0 }],
    run: loose(cardAction),
    accepts: ([kind, input]) =>
      ok(z.enum(["suspend", "bury", "unsuspend"]), kind) ? ok(cardActionSchema, input) : kind === "forget" ? ok(forgetCardSchema, input) : kind === "set-due" && ok(setDueDateSchema, input),
  },
  // Reads only: any arguments, nothing saved (no `accepts`).
  "review.optimizeAction": { form: false, persona: "student", sample: () => [], run: loose(optimizeAction) },
  "review.applyParametersAction": {
    form: true,
    persona: "student",
    sample: () => ({ reset: "defaults" }),
    run: (d, p) => applyParametersAction(p as OptimizeState, d),
    // Fitted weights also need the server's signed approval of a winning run, which no fuzzed
    // input can carry: only going back to the defaults is ever accepted here.
    accepts: (d) => d.get("reset") === "defaults",
    verdict: parametersVerdict,
  },
  // Last: its valid inputs delete the assignment that startAssignmentAction and updateAssignmentAction use.
  "assignments.deleteAssignmentAction": {
    form: true,
    persona: "instructor",
    ids: { assignmentId: "assignments/[id]" },
    sample: (c) => ({ assignmentId: c.assignmentId }),
    run: (d) => deleteAssignmentAction(d),
    accepts: (d) => rowId(d, "assignmentId"),
  },
};
