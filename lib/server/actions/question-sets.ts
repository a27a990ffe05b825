"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { questionFormErrors, questionFromForm } from "@/lib/domain/classes/question-form";
import { addQuestionsSchema, addSetItemSchema, createCustomQuestionSchema, createQuestionSetSchema, moveSetItemSchema, renameQuestionSetSchema } from "@/lib/schemas/classes";
import { formAction, fromForm, noInput, type Parsed, statefulFormAction } from "@/lib/server/action";
import { addSetItem, createQuestionSet, deleteQuestionSet, getQuestionSet, removeSetItem, renameQuestionSet } from "@/lib/server/data/question-sets";
import { optionalNumber, text, textFields } from "@/lib/server/forms";
import { createCustomQuestion, customQuestionRefusal } from "@/lib/server/question-sets/questions";
import { moveSetItem } from "@/lib/server/question-sets/sets";
import { missingItemRefusal, setFullRefusal, setInUseRefusal } from "@/lib/server/question-sets/refusals";
import { refusalState } from "@/lib/server/refusal";

// Question set actions: instructors only (403 otherwise), and only on their own sets (404).

const instructor = ["instructor"] as const;
const inSet = { setId: "question-sets/[id]" } as const;
const inSetItem = { setId: "question-sets/[id]", itemId: "items/[itemId]" } as const;
const setIdOf = (formData: FormData) => text(formData, "setId")!;
const itemIdOf = (formData: FormData) => text(formData, "itemId")!;
const setPath = (setId: string) => `/teach/sets/${setId}`;

// Creates a set (title optional) and opens its editor. A title the form cannot send (too long) is
// refused like the other set actions' unreadable input, rather than saved as an untitled set. The
// form's `requestKey` makes a repeated submit open the same set instead of making a second one.
export const createQuestionSetAction = formAction({
  who: instructor,
  schema: createQuestionSetSchema,
  read: (formData: FormData) => ({ title: text(formData, "title") ?? undefined, requestKey: text(formData, "requestKey") || undefined }),
  sample: () => ({ title: "Week 1", requestKey: "4f7c8a52-3b1e-4d2a-9c6f-0e8b7a6d5c41" }),
  handle: async ({ user, input }) => {
    const set = await createQuestionSet(user.id, input.title, input.requestKey);
    revalidatePath("/teach");
    redirect(setPath(set.id));
  },
});

// Renames the set.
export const renameQuestionSetAction = statefulFormAction({
  who: instructor,
  ids: inSet,
  schema: renameQuestionSetSchema,
  read: (formData: FormData) => ({ title: text(formData, "title") ?? "" }),
  sample: (rows) => ({ setId: rows.setId, title: "Week 2" }),
  invalid: "Check the title.",
  handle: async ({ user, input, formData }) => {
    const setId = setIdOf(formData);
    if (!(await renameQuestionSet(user.id, setId, input.title))) notFound();
    revalidatePath(setPath(setId));
    return { ok: true, message: "Title saved.", errors: {} };
  },
});

// Deletes the instructor's set, unless assignments use it (then says so), and shows the Teach page.
export const deleteQuestionSetAction = statefulFormAction({
  who: instructor,
  ids: inSet,
  destructive: true,
  parse: noInput,
  sample: (rows) => ({ setId: rows.setId }),
  invalid: "Reload the page and try again.",
  handle: async ({ user, formData }) => {
    const outcome = await deleteQuestionSet(user.id, setIdOf(formData));
    if (outcome.status === "no-set") notFound();
    if (outcome.status === "in-use") return refusalState(setInUseRefusal(outcome.assignments), formData);
    revalidatePath("/teach");
    redirect("/teach");
  },
});

const addMessages = { added: "Added to the set.", exists: "That question is already in the set." } as const;

// Adds a fixed question (a button beside each search result).
export const addQuestionToSetAction = formAction({
  who: instructor,
  ids: inSet,
  schema: addSetItemSchema,
  read: (formData: FormData) => ({ kind: "question", questionId: text(formData, "questionId") }),
  sample: (rows) => ({ setId: rows.setId, questionId: rows.questionId }),
  handle: async ({ user, input, formData }) => {
    const setId = setIdOf(formData);
    const outcome = await addSetItem(user.id, setId, input);
    if (outcome === "no-set" || outcome === "not-found") notFound();
    revalidatePath(setPath(setId));
  },
});

// The questions ticked in the browser; none ticked is nothing to add (null), not an error.
function tickedQuestions(formData: FormData): Parsed<string[] | null> {
  const ids = formData.getAll("selected").map((v) => (typeof v === "string" ? v : ""));
  if (ids.length === 0) return { ok: true, data: null };
  const parsed = fromForm(addQuestionsSchema, () => ({ questionIds: [...new Set(ids)] }))(formData);
  return parsed.ok ? { ok: true, data: parsed.data.questionIds } : parsed;
}

// Adds the questions ticked in the browser ("Add selected"), in order. Ones already in the set are
// left where they are; once the set is full the rest are not added. Nothing ticked changes nothing.
export const addQuestionsToSetAction = formAction({
  who: instructor,
  ids: inSet,
  parse: tickedQuestions,
  sample: (rows) => ({ setId: rows.setId, selected: [rows.questionId] }),
  handle: async ({ user, input, formData }) => {
    if (!input) return;
    const setId = setIdOf(formData);
    for (const questionId of input) {
      const outcome = await addSetItem(user.id, setId, { kind: "question", questionId });
      if (outcome === "no-set") notFound();
      if (outcome === "full") break;
    }
    revalidatePath(setPath(setId));
  },
});

// Adds a rule "N random questions from section X".
export const addRandomRuleAction = statefulFormAction({
  who: instructor,
  ids: inSet,
  schema: addSetItemSchema,
  read: (formData: FormData) => ({ kind: "random", sectionId: text(formData, "sectionId"), count: optionalNumber(formData, "count") }),
  sample: (rows) => ({ setId: rows.setId, sectionId: rows.sectionId, count: "2" }),
  invalid: "Check the rule.",
  handle: async ({ user, input, formData }) => {
    const setId = setIdOf(formData);
    const outcome = await addSetItem(user.id, setId, input);
    if (outcome === "no-set") notFound();
    if (outcome === "not-found") return refusalState(missingItemRefusal("random"), formData);
    if (outcome === "full") return refusalState(setFullRefusal, formData);
    revalidatePath(setPath(setId));
    return { ok: true, message: addMessages[outcome], errors: {} };
  },
});

// Removes an item from the set.
export const removeSetItemAction = formAction({
  who: instructor,
  ids: inSetItem,
  parse: noInput,
  sample: (rows) => ({ setId: rows.setId, itemId: rows.itemId }),
  handle: async ({ user, formData }) => {
    const setId = setIdOf(formData);
    if (!(await removeSetItem(user.id, setId, itemIdOf(formData)))) notFound();
    revalidatePath(setPath(setId));
  },
});

// Moves an item one place up or down (the buttons beside each item).
export const moveSetItemAction = formAction({
  who: instructor,
  ids: inSetItem,
  schema: moveSetItemSchema,
  read: textFields("direction"),
  sample: (rows) => ({ setId: rows.setId, itemId: rows.itemId, direction: "down" }),
  handle: async ({ user, input, formData }) => {
    const setId = setIdOf(formData);
    if ((await moveSetItem(user.id, setId, itemIdOf(formData), input.direction)) === "not-found") notFound();
    revalidatePath(setPath(setId));
  },
});

// The question form's text fields (NUL dropped, as `text` does: PostgreSQL cannot store it), each
// issue in words, once, beside the field it concerns ("question.options" → "options").
function customQuestion(formData: FormData) {
  const fields = Object.fromEntries([...formData.entries()].flatMap(([k, v]) => (typeof v === "string" ? [[k, v.replaceAll("\u0000", "")]] : [])));
  const parsed = createCustomQuestionSchema.safeParse({ sectionId: fields.sectionId || null, question: questionFromForm(fields) });
  if (parsed.success) return { ok: true as const, data: parsed.data };
  return { ok: false as const, errors: questionFormErrors(parsed.error.issues.map((issue) => ({ ...issue, path: issue.path[0] === "question" ? issue.path.slice(1) : issue.path }))) };
}

// Saves an instructor-written question and adds it to the set it was written for.
export const createCustomQuestionAction = statefulFormAction({
  who: instructor,
  ids: inSet,
  parse: customQuestion,
  sample: (rows) => ({
    setId: rows.setId,
    sectionId: rows.sectionId,
    type: "single",
    prompt: "Which agency is HSI part of?",
    explanation: "HSI is a directorate of ICE.",
    difficulty: "medium",
    "option-0": "ICE",
    "option-1": "CBP",
    correct: "0",
    quote: "Homeland Security Investigations",
  }),
  invalid: "Check the fields marked in red.",
  handle: async ({ user, input, formData }) => {
    const setId = setIdOf(formData);
    // The set is checked first, so a request for another instructor's set saves nothing.
    if (!(await getQuestionSet(user.id, setId))) notFound();
    const saved = await createCustomQuestion(user.id, setId, input.sectionId, input.question);
    if (saved.status === "no-set") notFound();
    if (saved.status === "unknown-section" || saved.status === "full") return refusalState(customQuestionRefusal(saved), formData);
    revalidatePath(setPath(setId));
    redirect(setPath(setId));
  },
});
