import "server-only";
import { drawSetQuestions, moveItem } from "@/lib/domain/classes/set-items";
import type { PublicQuestion } from "@/lib/domain/quiz/present";
import type { InstructorQuestion } from "@/lib/schemas/classes";
import { getQuestionSet, listSectionTitles, livePoolBySection, saveItemPositions } from "@/lib/server/data/question-sets";
import { getVisibleQuestions, studentView } from "./questions";

// Question sets as the editor and the preview show them.

export type EditorItem =
  | { id: string; kind: "question"; questionId: string; prompt: string; type: string; difficulty: string; sectionTitle: string | null; own: boolean; unavailable: boolean }
  | { id: string; kind: "random"; sectionId: string; sectionTitle: string; count: number; available: number };

export type SetEditor = { id: string; title: string; items: EditorItem[]; sections: { id: string; title: string; level: number }[] };

// The instructor's set with each item described; null when not theirs. A fixed question that was
// retired from the banks (or deleted) shows as unavailable: students starting later skip it.
export async function getSetEditor(ownerId: string, setId: string): Promise<SetEditor | null> {
  const set = await getQuestionSet(ownerId, setId);
  if (!set) return null;
  const [sections, questions, pools] = await Promise.all([
    listSectionTitles(),
    getVisibleQuestions(ownerId, set.items.flatMap((i) => (i.kind === "question" ? [i.questionId] : []))),
    livePoolBySection(set.items.flatMap((i) => (i.kind === "random" ? [i.sectionId] : []))),
  ]);
  const titleOf = new Map(sections.map((s) => [s.id, s.title]));
  const items = set.items.map((item): EditorItem => {
    if (item.kind === "random") return { id: item.id, kind: "random", sectionId: item.sectionId, sectionTitle: titleOf.get(item.sectionId) ?? item.sectionId, count: item.count, available: pools.get(item.sectionId)?.length ?? 0 };
    const q = questions.get(item.questionId);
    return {
      id: item.id,
      kind: "question",
      questionId: item.questionId,
      prompt: q?.prompt ?? "(question no longer available)",
      type: q?.type ?? "",
      difficulty: q?.difficulty ?? "",
      sectionTitle: q?.sectionId ? (titleOf.get(q.sectionId) ?? null) : null,
      own: q?.own ?? false,
      unavailable: !q || q.retired || !q.question,
    };
  });
  return { id: set.id, title: set.title, items, sections };
}

// `view` is what a student sees; `key`, the full question, only when "Show answers" asked for it.
export type PreviewQuestion = { view: PublicQuestion; key?: InstructorQuestion; fromRule: string | null };

// The set as a student sees it: public views only (no keys), with one sample draw of each random
// rule (each student gets their own draw).
export async function getSetPreview(ownerId: string, setId: string, { withKeys = false } = {}): Promise<{ id: string; title: string; questions: PreviewQuestion[] } | null> {
  const set = await getQuestionSet(ownerId, setId);
  if (!set) return null;
  const [sections, pools] = await Promise.all([listSectionTitles(), livePoolBySection(set.items.flatMap((i) => (i.kind === "random" ? [i.sectionId] : [])))]);
  const titleOf = new Map(sections.map((s) => [s.id, s.title]));
  const { questionIds } = drawSetQuestions(set.items, pools, `preview:${set.id}`);
  const questions = await getVisibleQuestions(ownerId, questionIds);
  const fixed = new Set(set.items.flatMap((i) => (i.kind === "question" ? [i.questionId] : [])));
  const ruleOf = (id: string) => (fixed.has(id) ? null : (titleOf.get(questions.get(id)?.sectionId ?? "") ?? "a section"));
  const out = questionIds.flatMap((id): PreviewQuestion[] => {
    const q = questions.get(id);
    return q?.question && !q.retired ? [{ view: studentView(q.question), ...(withKeys ? { key: q.question } : {}), fromRule: ruleOf(id) }] : [];
  });
  return { id: set.id, title: set.title, questions: out };
}

// Moves an item of the instructor's set one place up or down. "not-found": not their set or item;
// "unchanged": already at that end (nothing written).
export async function moveSetItem(ownerId: string, setId: string, itemId: string, direction: "up" | "down"): Promise<"moved" | "unchanged" | "not-found"> {
  const set = await getQuestionSet(ownerId, setId);
  if (!set || !set.items.some((i) => i.id === itemId)) return "not-found";
  const positions = moveItem(set.items, itemId, direction);
  if (!positions) return "unchanged";
  await saveItemPositions(ownerId, setId, positions);
  return "moved";
}
