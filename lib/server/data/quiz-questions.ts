import "server-only";
import { db } from "@/lib/server/db";
import { questionTypes, type Question, type QuestionType } from "@/lib/schemas/content";
import { instructorQuestionSchema } from "@/lib/schemas/classes";
import { readJson } from "./json-column";

// Questions, sections and accuracy notes as the quiz reads them.

export type PoolRow = { id: string; sectionId: string; type: QuestionType };

const isQuestionType = (type: string): type is QuestionType => (questionTypes as readonly string[]).includes(type);

// The light rows a self-study quiz draws from: live bank questions of the chosen sections and types
// (empty lists: no restriction). Uses the (sectionId, retiredAt) index.
export async function listQuestionPool(sectionIds: readonly string[], types: readonly QuestionType[]): Promise<PoolRow[]> {
  const rows = await db.question.findMany({
    where: {
      ownerId: null,
      retiredAt: null,
      sectionId: sectionIds.length ? { in: [...sectionIds] } : { not: null },
      ...(types.length ? { type: { in: [...types] } } : {}),
    },
    select: { id: true, sectionId: true, type: true },
    orderBy: { position: "asc" },
  });
  return rows.flatMap((r) => (r.sectionId && isQuestionType(r.type) ? [{ id: r.id, sectionId: r.sectionId, type: r.type }] : []));
}

export type QuizQuestion = { id: string; sectionId: string | null; noteId: string | null; retired: boolean; question: Question };

// Full questions by id (bank or instructor-written, retired or not: past attempts keep theirs).
// A row whose data no longer parses is left out rather than breaking the whole attempt.
export async function getQuestionsByIds(ids: readonly string[]): Promise<Map<string, QuizQuestion>> {
  if (ids.length === 0) return new Map();
  const rows = await db.question.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, sectionId: true, noteId: true, retiredAt: true, data: true } });
  const out = new Map<string, QuizQuestion>();
  for (const row of rows) {
    const parsed = safeQuestion(row.data);
    if (parsed && parsed.id === row.id) out.set(row.id, { id: row.id, sectionId: row.sectionId, noteId: row.noteId, retired: row.retiredAt !== null, question: parsed });
  }
  return out;
}

// Bank questions always carry a quote; instructor-written ones may not (their quote is then "", and
// no source link is shown).
function safeQuestion(data: string): Question | null {
  const question = readJson(instructorQuestionSchema, data);
  return question ? ({ ...question, quote: question.quote ?? "" } as Question) : null;
}

export type QuizNote = { id: string; text: string; source: string };

// Accuracy notes by id, for the feedback shown with an explanation.
export async function getNotesByIds(ids: readonly string[]): Promise<Map<string, QuizNote>> {
  if (ids.length === 0) return new Map();
  const rows = await db.note.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, text: true, source: true } });
  return new Map(rows.map((n) => [n.id, n]));
}

export type QuizSection = { id: string; title: string; level: number; questionCount: number };

// The article's sections in reading order with their number of live bank questions.
export async function listQuizSections(): Promise<QuizSection[]> {
  const [sections, counts] = await Promise.all([
    db.section.findMany({ select: { id: true, title: true, level: true }, orderBy: { position: "asc" } }),
    db.question.groupBy({ by: ["sectionId"], where: { ownerId: null, retiredAt: null }, _count: { _all: true } }),
  ]);
  const countOf = new Map(counts.map((c) => [c.sectionId, c._count._all]));
  return sections.map((s) => ({ ...s, questionCount: countOf.get(s.id) ?? 0 }));
}

// Which of the given section ids exist.
export async function existingSectionIds(ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.section.findMany({ where: { id: { in: [...ids] } }, select: { id: true } });
  return new Set(rows.map((r) => r.id));
}

// Section ids with their bank question ids (live ones), for per-section mastery.
export async function listSectionQuestionIds(): Promise<Map<string, string[]>> {
  const rows = await db.question.findMany({ where: { ownerId: null, retiredAt: null, sectionId: { not: null } }, select: { id: true, sectionId: true } });
  const out = new Map<string, string[]>();
  for (const r of rows) if (r.sectionId) out.set(r.sectionId, [...(out.get(r.sectionId) ?? []), r.id]);
  return out;
}
