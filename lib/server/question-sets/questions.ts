import "server-only";
import crypto from "node:crypto";
import { createRng } from "@/lib/domain/quiz/rng";
import { presentQuestion, type PublicQuestion } from "@/lib/domain/quiz/present";
import type { Question } from "@/lib/schemas/content";
import { instructorQuestionSchema, type CustomQuestionInput, type InstructorQuestion } from "@/lib/schemas/classes";
import { getQuestionRows, saveCustomQuestionInSet } from "@/lib/server/data/question-sets";
import { existingSectionIds } from "@/lib/server/data/quiz-questions";
import { readJson } from "@/lib/server/data/json-column";
import type { Refusal } from "@/lib/server/refusal";
import { setFullRefusal } from "@/lib/server/question-sets/refusals";

// Questions as instructors see and write them: parsing stored rows (bank and own), saving new ones,
// and the student's view of a question for previews.

// A cuid-like id: time then randomness, lower-case base 36, so ids sort roughly by creation.
export function newCustomQuestionId(): string {
  const random = BigInt(`0x${crypto.randomBytes(10).toString("hex")}`).toString(36).padStart(16, "0").slice(0, 16);
  return `custom-c${Date.now().toString(36)}${random}`;
}

// Parses a stored question's JSON (quote optional); null when it no longer parses.
export function parseStoredQuestion(data: string, id: string): InstructorQuestion | null {
  const question = readJson(instructorQuestionSchema, data);
  return question?.id === id ? question : null;
}

// The grading and presentation code takes the content type; a missing quote is simply empty.
export function asQuestion(question: InstructorQuestion): Question {
  return { ...question, quote: question.quote ?? "" } as Question;
}

export type SaveQuestionOutcome = { status: "saved"; id: string } | { status: "unknown-section" } | { status: "no-set" } | { status: "full" };

// Why a written question was not saved, for the form and the API alike (nothing is saved).
export function customQuestionRefusal(outcome: { status: "unknown-section" | "full" }): Refusal {
  if (outcome.status === "full") return { ...setFullRefusal, message: `${setFullRefusal.message} Remove one to add this question.` };
  return { status: 422, message: "Choose a section of the article, or none.", field: { name: "sectionId", message: "Unknown section." } };
}

// Saves an instructor-written question (validated input) as a Question row owned by them and
// appends it to their set; nothing is saved when the set is not theirs or is full.
export async function createCustomQuestion(ownerId: string, setId: string, sectionId: string | null, input: CustomQuestionInput): Promise<SaveQuestionOutcome> {
  if (sectionId && !(await existingSectionIds([sectionId])).has(sectionId)) return { status: "unknown-section" };
  const id = newCustomQuestionId();
  const data = JSON.stringify({ id, ...input });
  const outcome = await saveCustomQuestionInSet(ownerId, setId, {
    id,
    sectionId,
    type: input.type,
    difficulty: input.difficulty,
    prompt: input.prompt,
    data,
    contentHash: crypto.createHash("sha256").update(data).digest("hex"),
  });
  if (outcome === "no-set" || outcome === "full") return { status: outcome };
  return { status: "saved", id };
}

export type ShownQuestion = { id: string; sectionId: string | null; own: boolean; retired: boolean; type: string; difficulty: string; prompt: string; question: InstructorQuestion | null };

// Questions by id as the instructor may see them: bank questions and their own, never another
// instructor's (left out, as if unknown).
export async function getVisibleQuestions(ownerId: string, ids: readonly string[]): Promise<Map<string, ShownQuestion>> {
  const rows = await getQuestionRows(ids);
  const out = new Map<string, ShownQuestion>();
  for (const row of rows) {
    if (row.ownerId !== null && row.ownerId !== ownerId) continue;
    out.set(row.id, {
      id: row.id,
      sectionId: row.sectionId,
      own: row.ownerId === ownerId,
      retired: row.retiredAt !== null,
      type: row.type,
      difficulty: row.difficulty,
      prompt: row.prompt,
      question: parseStoredQuestion(row.data, row.id),
    });
  }
  return out;
}

// The question as a student would see it, keys removed, options in a fixed preview order.
export function studentView(question: InstructorQuestion, shuffleOptions = true): PublicQuestion {
  return presentQuestion(asQuestion(question), createRng(`preview:${question.id}`), { shuffleOptions });
}
