"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { questionFormErrors, questionFromForm } from "@/lib/domain/classes/question-form";
import { addQuestionsSchema, addSetItemSchema, createCustomQuestionSchema, createQuestionSetSchema, moveSetItemSchema, renameQuestionSetSchema, rowIdSchema } from "@/lib/schemas/classes";
import { requireRole } from "@/lib/server/auth";
import { addSetItem, createQuestionSet, deleteQuestionSet, getQuestionSet, removeSetItem, renameQuestionSet } from "@/lib/server/data/question-sets";
import { echoValues, fieldErrors, type FormState } from "@/lib/server/form-state";
import { optionalNumber, text } from "@/lib/server/forms";
import { createCustomQuestion } from "@/lib/server/question-sets/questions";
import { moveSetItem, setInUseMessage } from "@/lib/server/question-sets/sets";
import { requireFormData } from "@/lib/server/form-data";

// Question set actions: instructors only (403 otherwise), and only on their own sets (404).

const setPath = (setId: string) => `/teach/sets/${setId}`;

function setIdOf(formData: FormData): string {
  const parsed = rowIdSchema.safeParse(text(formData, "setId"));
  if (!parsed.success) notFound();
  return parsed.data;
}

// Creates a set (title optional) and opens its editor. A title the form cannot send (too long) is
// refused like the other set actions' unreadable input, rather than saved as an untitled set. The
// form's `requestKey` makes a repeated submit open the same set instead of making a second one.
export async function createQuestionSetAction(formData: FormData): Promise<void> {
  const user = await requireRole("instructor");
  requireFormData(formData);
  const parsed = createQuestionSetSchema.safeParse({ title: text(formData, "title") ?? undefined, requestKey: text(formData, "requestKey") || undefined });
  if (!parsed.success) notFound();
  const set = await createQuestionSet(user.id, parsed.data.title, parsed.data.requestKey);
  revalidatePath("/teach");
  redirect(setPath(set.id));
}

// Renames the set.
export async function renameQuestionSetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("instructor");
  requireFormData(formData);
  const setId = setIdOf(formData);
  const parsed = renameQuestionSetSchema.safeParse({ title: text(formData, "title") ?? "" });
  if (!parsed.success) return { ok: false, message: "Check the title.", errors: fieldErrors(parsed.error), values: echoValues(formData) };
  if (!(await renameQuestionSet(user.id, setId, parsed.data.title))) notFound();
  revalidatePath(setPath(setId));
  return { ok: true, message: "Title saved.", errors: {} };
}

// Deletes the instructor's set, unless assignments use it (then says so), and shows the Teach page.
export async function deleteQuestionSetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("instructor");
  requireFormData(formData);
  const setId = setIdOf(formData);
  const outcome = await deleteQuestionSet(user.id, setId);
  if (outcome.status === "no-set") notFound();
  if (outcome.status === "in-use") return { ok: false, message: setInUseMessage(outcome.assignments), errors: {} };
  revalidatePath("/teach");
  redirect("/teach");
}

const addMessages = { added: "Added to the set.", exists: "That question is already in the set.", full: "A set holds at most 100 items." } as const;

// Adds a fixed question (a button beside each search result).
export async function addQuestionToSetAction(formData: FormData): Promise<void> {
  const user = await requireRole("instructor");
  requireFormData(formData);
  const setId = setIdOf(formData);
  const parsed = addSetItemSchema.safeParse({ kind: "question", questionId: text(formData, "questionId") });
  if (!parsed.success) notFound();
  const outcome = await addSetItem(user.id, setId, parsed.data);
  if (outcome === "no-set" || outcome === "not-found") notFound();
  revalidatePath(setPath(setId));
}

// Adds the questions ticked in the browser ("Add selected"), in order. Ones already in the set are
// left where they are; once the set is full the rest are not added. Nothing ticked changes nothing.
export async function addQuestionsToSetAction(formData: FormData): Promise<void> {
  const user = await requireRole("instructor");
  requireFormData(formData);
  const setId = setIdOf(formData);
  const ids = formData.getAll("selected").map((v) => (typeof v === "string" ? v : ""));
  if (ids.length === 0) return;
  const parsed = addQuestionsSchema.safeParse({ questionIds: [...new Set(ids)] });
  if (!parsed.success) notFound();
  for (const questionId of parsed.data.questionIds) {
    const outcome = await addSetItem(user.id, setId, { kind: "question", questionId });
    if (outcome === "no-set") notFound();
    if (outcome === "full") break;
  }
  revalidatePath(setPath(setId));
}

// Adds a rule "N random questions from section X".
export async function addRandomRuleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("instructor");
  requireFormData(formData);
  const setId = setIdOf(formData);
  const parsed = addSetItemSchema.safeParse({ kind: "random", sectionId: text(formData, "sectionId"), count: optionalNumber(formData, "count") });
  if (!parsed.success) return { ok: false, message: "Check the rule.", errors: fieldErrors(parsed.error), values: echoValues(formData) };
  const outcome = await addSetItem(user.id, setId, parsed.data);
  if (outcome === "no-set") notFound();
  if (outcome === "not-found") return { ok: false, message: "Choose a section of the article.", errors: { sectionId: ["Choose a section."] }, values: echoValues(formData) };
  revalidatePath(setPath(setId));
  return { ok: outcome !== "full", message: addMessages[outcome], errors: {} };
}

// Removes an item from the set.
export async function removeSetItemAction(formData: FormData): Promise<void> {
  const user = await requireRole("instructor");
  requireFormData(formData);
  const setId = setIdOf(formData);
  const itemId = rowIdSchema.safeParse(text(formData, "itemId"));
  if (!itemId.success || !(await removeSetItem(user.id, setId, itemId.data))) notFound();
  revalidatePath(setPath(setId));
}

// Moves an item one place up or down (the buttons beside each item).
export async function moveSetItemAction(formData: FormData): Promise<void> {
  const user = await requireRole("instructor");
  requireFormData(formData);
  const setId = setIdOf(formData);
  const itemId = rowIdSchema.safeParse(text(formData, "itemId"));
  const move = moveSetItemSchema.safeParse({ direction: text(formData, "direction") });
  if (!itemId.success || !move.success) notFound();
  if ((await moveSetItem(user.id, setId, itemId.data, move.data.direction)) === "not-found") notFound();
  revalidatePath(setPath(setId));
}

// Saves an instructor-written question and adds it to the set it was written for.
export async function createCustomQuestionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("instructor");
  requireFormData(formData);
  const setId = setIdOf(formData);
  // The set is checked first, so a request for another instructor's set saves nothing.
  if (!(await getQuestionSet(user.id, setId))) notFound();
  // Text fields only, NUL dropped as teach/forms' `text` does (PostgreSQL cannot store it).
  const fields = Object.fromEntries([...formData.entries()].flatMap(([k, v]) => (typeof v === "string" ? [[k, v.replaceAll("\u0000", "")]] : [])));
  const parsed = createCustomQuestionSchema.safeParse({ sectionId: fields.sectionId || null, question: questionFromForm(fields) });
  if (!parsed.success) {
    // Each issue in words, once, beside the field it concerns ("question.options" → "options").
    const errors = questionFormErrors(parsed.error.issues.map((issue) => ({ ...issue, path: issue.path[0] === "question" ? issue.path.slice(1) : issue.path })));
    return { ok: false, message: "Check the fields marked in red.", errors, values: echoValues(formData) };
  }
  const saved = await createCustomQuestion(user.id, setId, parsed.data.sectionId, parsed.data.question);
  if (saved.status === "no-set") notFound();
  if (saved.status === "unknown-section") return { ok: false, message: "Choose a section of the article, or none.", errors: { sectionId: ["Unknown section."] }, values: echoValues(formData) };
  if (saved.status === "full") return { ok: false, message: `${addMessages.full} Remove one to add this question.`, errors: {}, values: echoValues(formData) };
  revalidatePath(setPath(setId));
  redirect(setPath(setId));
}
