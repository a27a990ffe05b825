import "server-only";
import fs from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { db } from "@/lib/server/db";
import { visibleResults } from "./quiz-results";
import { contentRoot } from "@/lib/content/load";
import { articleMetaSchema } from "@/lib/schemas/content";
import { masteryBySection, type Mastery } from "@/lib/domain/mastery";

// The reader's queries: the article's outline with counts and the learner's mastery, and one
// section's page with its sub-sections and accuracy notes. Every function runs a fixed number of
// queries whatever the number of sections (no N+1). Content is shared by everyone; only quiz results
// are the learner's own, and they are always read with the learner's id in the query.

export type SectionCounts = { questions: number; flashcards: number; notes: number };
export type SectionSummary = { id: string; title: string; level: number; parentId: string | null; counts: SectionCounts; mastery: Mastery | null };
export type OutlineEntry = SectionSummary & { children: SectionSummary[] };
export type ReaderNote = { id: string; sectionId: string; quote: string; text: string; source: string };
export type SectionText = SectionSummary & { body: string };
export type SectionPage = { section: SectionText; parent: { id: string; title: string } | null; children: SectionText[]; notes: ReaderNote[] };

const liveQuestion = { ownerId: null, retiredAt: null } as const;

type CountRow = { sectionId: string | null; _count: { _all: number } };
const countMap = (rows: CountRow[]) => new Map(rows.flatMap((r) => (r.sectionId ? [[r.sectionId, r._count._all] as const] : [])));

// Live bank questions of the sections (all sections when `sectionIds` is null) and the learner's
// mastery of them: two queries, the second only over the learner's right answers.
async function questionsAndMastery(userId: string, sectionIds: readonly string[] | null) {
  const questions = await db.question.findMany({
    where: { ...liveQuestion, sectionId: sectionIds ? { in: [...sectionIds] } : { not: null } },
    select: { id: true, sectionId: true },
  });
  const live = questions.flatMap((q) => (q.sectionId ? [{ id: q.id, sectionId: q.sectionId }] : []));
  const answers = await db.questionResult.findMany({
    where: { userId, correct: true, ...(sectionIds ? { questionId: { in: live.map((q) => q.id) } } : {}), ...visibleResults(new Date()) },
    select: { questionId: true, correct: true },
  });
  const questionCount = new Map<string, number>();
  for (const q of live) questionCount.set(q.sectionId, (questionCount.get(q.sectionId) ?? 0) + 1);
  return { questionCount, mastery: masteryBySection(live, answers) };
}

function summarize(
  s: { id: string; title: string; level: number; parentId: string | null },
  stats: { questionCount: Map<string, number>; mastery: Map<string, Mastery>; flashcards: Map<string, number>; notes: Map<string, number> },
): SectionSummary {
  return {
    id: s.id,
    title: s.title,
    level: s.level,
    parentId: s.parentId,
    counts: { questions: stats.questionCount.get(s.id) ?? 0, flashcards: stats.flashcards.get(s.id) ?? 0, notes: stats.notes.get(s.id) ?? 0 },
    mastery: stats.mastery.get(s.id) ?? null,
  };
}

// The article's outline in reading order: each top-level section with its sub-sections, how many
// live questions, flashcards and notes each has, and the learner's quiz mastery of each.
export async function listSectionOutline(userId: string): Promise<OutlineEntry[]> {
  const [sections, { questionCount, mastery }, flashcardRows, noteRows] = await Promise.all([
    db.section.findMany({ select: { id: true, title: true, level: true, parentId: true }, orderBy: { position: "asc" } }),
    questionsAndMastery(userId, null),
    db.flashcard.groupBy({ by: ["sectionId"], where: { retiredAt: null }, _count: { _all: true } }),
    db.note.groupBy({ by: ["sectionId"], where: { retiredAt: null }, _count: { _all: true } }),
  ]);
  const stats = { questionCount, mastery, flashcards: countMap(flashcardRows), notes: countMap(noteRows) };
  const topIds = new Set(sections.filter((s) => s.level === 1).map((s) => s.id));
  const outline: OutlineEntry[] = [];
  const byId = new Map<string, OutlineEntry>();
  for (const s of sections) {
    const parent = s.parentId && topIds.has(s.parentId) ? byId.get(s.parentId) : undefined;
    if (parent && s.level !== 1) {
      parent.children.push(summarize(s, stats));
    } else {
      // A sub-section whose parent is missing still appears, at the top level.
      const entry = { ...summarize(s, stats), children: [] };
      outline.push(entry);
      byId.set(s.id, entry);
    }
  }
  return outline;
}

// One section's page: its text, its sub-sections' texts in order, the live notes on any of them,
// counts and the learner's mastery; null when there is no such section.
export async function getSectionPage(userId: string, sectionId: string): Promise<SectionPage | null> {
  const rows = await db.section.findMany({
    where: { OR: [{ id: sectionId }, { parentId: sectionId }] },
    select: { id: true, title: true, level: true, parentId: true, body: true },
    orderBy: { position: "asc" },
  });
  const section = rows.find((r) => r.id === sectionId);
  if (!section) return null;
  const children = rows.filter((r) => r.id !== sectionId);
  const ids = rows.map((r) => r.id);
  const [parent, notes, flashcardRows, { questionCount, mastery }] = await Promise.all([
    section.parentId ? db.section.findUnique({ where: { id: section.parentId }, select: { id: true, title: true } }) : null,
    db.note.findMany({ where: { sectionId: { in: ids }, retiredAt: null }, select: { id: true, sectionId: true, quote: true, text: true, source: true }, orderBy: { id: "asc" } }),
    db.flashcard.groupBy({ by: ["sectionId"], where: { sectionId: { in: ids }, retiredAt: null }, _count: { _all: true } }),
    questionsAndMastery(userId, ids),
  ]);
  const noteCount = new Map<string, number>();
  for (const n of notes) noteCount.set(n.sectionId, (noteCount.get(n.sectionId) ?? 0) + 1);
  const stats = { questionCount, mastery, flashcards: countMap(flashcardRows), notes: noteCount };
  const withText = (s: (typeof rows)[number]): SectionText => ({ ...summarize(s, stats), body: s.body });
  return { section: withText(section), parent, children: children.map(withText), notes };
}

export type ArticleMeta = { title: string; sources: string[]; sourcesNote: string | null };
let articleCache: ArticleMeta | null = null;

// The article's title and the source links listed at its end. They live in
// content/article/article.yaml, not in the database; the file is read and validated once.
export function getArticleMeta(): ArticleMeta {
  if (!articleCache) {
    const meta = articleMetaSchema.parse(YAML.parse(fs.readFileSync(path.join(contentRoot, "article", "article.yaml"), "utf8")));
    articleCache = { title: meta.title, sources: meta.sources, sourcesNote: meta.sourcesNote ?? null };
  }
  return articleCache;
}
