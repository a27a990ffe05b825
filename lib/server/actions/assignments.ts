"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { extensionProblem } from "@/lib/domain/classes/availability";
import { createAssignmentSchema, setExtensionSchema, setGradeOverrideSchema, updateAssignmentSchema } from "@/lib/schemas/classes";
import { formAction, noInput, statefulFormAction } from "@/lib/server/action";
import { createAssignment, deleteAssignment } from "@/lib/server/data/assignments";
import { getAssignmentExtensions, saveExtension, saveGradeOverride } from "@/lib/server/data/extensions";
import { echoValues } from "@/lib/server/form-state";
import { assignmentFromForm, assignmentRulesFromForm, optionalNumber, text } from "@/lib/server/forms";
import { saveAssignmentRules } from "@/lib/server/assignments/edit";
import { startAssignmentAttempt, startRefusal } from "@/lib/server/assignments/start";
import { refusalState } from "@/lib/server/refusal";

// Assignment actions: instructors assign their own sets to their own classes; students start
// assignments of classes they joined. Ownership is in every query (another's is a 404).

const instructor = ["instructor"] as const;
const assignmentIdOf = (formData: FormData) => text(formData, "assignmentId")!;
// An assignment's rules as its create and edit forms send them.
const sampleRules = {
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

// Assigns a set to a class (the "Assign" form on the class page).
export const createAssignmentAction = statefulFormAction({
  who: instructor,
  ids: { classId: "classes/[id]", setId: "question-sets/[id]" },
  schema: createAssignmentSchema,
  read: assignmentFromForm,
  sample: (rows) => ({ classId: rows.classId, setId: rows.setId, ...sampleRules }),
  invalid: "Check the fields marked below.",
  handle: async ({ user, input }) => {
    const { timeLimitMinutes, ...rules } = input;
    const created = await createAssignment(user.id, { ...rules, timeLimitSeconds: timeLimitMinutes === null ? null : timeLimitMinutes * 60 });
    if (!created) notFound();
    revalidatePath(`/teach/classes/${rules.classId}`);
    redirect(`/teach/assignments/${created.id}`);
  },
});

// Saves the edited rules of the instructor's assignment (the edit form sends every rule; the class
// and the set stay as they were).
export const updateAssignmentAction = statefulFormAction({
  who: instructor,
  ids: { assignmentId: "assignments/[id]" },
  schema: updateAssignmentSchema,
  read: assignmentRulesFromForm,
  sample: (rows) => ({ assignmentId: rows.assignmentId, ...sampleRules }),
  invalid: "Check the fields marked below.",
  handle: async ({ user, input, formData }) => {
    const assignmentId = assignmentIdOf(formData);
    const saved = await saveAssignmentRules(user.id, assignmentId, input);
    if (saved.status !== "saved") notFound();
    revalidatePath(`/teach/assignments/${assignmentId}`);
    redirect(`/teach/assignments/${assignmentId}`);
  },
});

// Deletes the instructor's assignment and the attempts at it, then shows the class.
export const deleteAssignmentAction = formAction({
  who: instructor,
  ids: { assignmentId: "assignments/[id]" },
  destructive: true,
  parse: noInput,
  sample: (rows) => ({ assignmentId: rows.assignmentId }),
  handle: async ({ user, formData }) => {
    const deleted = await deleteAssignment(user.id, assignmentIdOf(formData));
    if (!deleted) notFound();
    revalidatePath(`/teach/classes/${deleted.classId}`);
    redirect(`/teach/classes/${deleted.classId}`);
  },
});

// Starts (or resumes) the student's attempt and opens it in the quiz engine.
export const startAssignmentAction = statefulFormAction({
  who: ["student"],
  ids: { assignmentId: "assignments/[id]" },
  parse: noInput,
  sample: (rows) => ({ assignmentId: rows.assignmentId }),
  invalid: "Reload the page and try again.",
  handle: async ({ user, formData }) => {
    const assignmentId = assignmentIdOf(formData);
    const outcome = await startAssignmentAttempt(user.id, assignmentId, new Date());
    if (outcome.status === "not-found") notFound();
    if (outcome.status === "refused" || outcome.status === "empty") return refusalState(startRefusal(outcome), formData);
    revalidatePath(`/assignments/${assignmentId}`);
    redirect(`/quiz/${outcome.attemptId}`);
  },
});

// Sets one student's extension on an assignment (a later due date, extra attempts), or clears it
// with an empty date and 0 attempts. Refused when it would run past the class's release of
// feedback or held-out questions (lib/domain/classes/availability.ts `extensionProblem`).
export const setExtensionAction = statefulFormAction({
  who: instructor,
  ids: { assignmentId: "assignments/[id]", userId: "members/[userId]" },
  schema: setExtensionSchema,
  read: (formData: FormData) => ({
    assignmentId: text(formData, "assignmentId"),
    userId: text(formData, "userId"),
    timeZone: text(formData, "timeZone"),
    dueAt: text(formData, "dueAt") || null,
    extraAttempts: optionalNumber(formData, "extraAttempts") ?? 0,
  }),
  sample: (rows) => ({ assignmentId: rows.assignmentId, userId: rows.memberId, timeZone: "UTC", dueAt: "", extraAttempts: "1" }),
  invalid: "Check the extension.",
  handle: async ({ user, input: { assignmentId, userId, dueAt, extraAttempts }, formData }) => {
    const assignment = await getAssignmentExtensions(user.id, assignmentId);
    if (!assignment) notFound();
    const problem = dueAt || extraAttempts ? extensionProblem(assignment, { dueAt, extraAttempts }) : null;
    if (problem) return { ok: false, message: problem, errors: { dueAt: [problem] }, values: echoValues(formData) };
    if (!(await saveExtension(user.id, assignmentId, userId, { dueAt, extraAttempts }))) notFound();
    revalidatePath(`/teach/classes/${assignment.classId}/gradebook`);
    revalidatePath(`/teach/classes/${assignment.classId}/students/${userId}`);
    return { ok: true, message: dueAt || extraAttempts ? "Extension saved." : "Extension removed.", errors: {} };
  },
});

// Sets the instructor's grade for one student on an assignment, with the reason (recorded in the
// audit log), or with "clear" goes back to the grade worked out from the attempts.
export const setGradeOverrideAction = statefulFormAction({
  who: instructor,
  ids: { assignmentId: "assignments/[id]", userId: "members/[userId]" },
  schema: setGradeOverrideSchema,
  read: (formData: FormData) => {
    const ids = { assignmentId: text(formData, "assignmentId"), userId: text(formData, "userId") };
    return text(formData, "clear") === "on" ? { clear: true, ...ids } : { clear: false, ...ids, percent: optionalNumber(formData, "percent") ?? undefined, reason: text(formData, "reason") ?? "" };
  },
  sample: (rows) => ({ assignmentId: rows.assignmentId, userId: rows.memberId, percent: "90", reason: "Marked by hand" }),
  invalid: "Check the grade.",
  handle: async ({ user, input }) => {
    const { assignmentId, userId } = input;
    const override = input.clear ? null : { percent: input.percent, reason: input.reason };
    if (!(await saveGradeOverride(user.id, assignmentId, userId, override))) notFound();
    revalidatePath(`/teach/assignments/${assignmentId}`);
    return { ok: true, message: override ? "Grade saved." : "Back to the grade from the attempts.", errors: {} };
  },
});
