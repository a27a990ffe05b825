import "server-only";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { cardSelect, listTeachingMaterial, quoteIn, type CardRow } from "./cards";
import { readJson } from "./json-column";
import type { SetQuestion } from "@/lib/domain/review/target-material";
import type { TeachingFlashcard } from "@/lib/domain/review/feed";

// Study targets: a learner's own (StudyTarget rows, always queried with their owner) and the
// material of assignments' targets (derived from the assignment's question set when read).

export type OwnTargetRow = { id: string; sectionIds: string[]; date: Date; targetRecall: number; createdAt: Date };

const ownSelect = { id: true, sections: true, date: true, targetRecall: true, createdAt: true } as const;
const toOwn = (row: { id: string; sections: string; date: Date; targetRecall: number; createdAt: Date }): OwnTargetRow => ({
  id: row.id,
  // A damaged sections column reads as no sections rather than breaking the learner's pages.
  sectionIds: readJson(z.array(z.string()), row.sections) ?? [],
  date: row.date,
  targetRecall: row.targetRecall,
  createdAt: row.createdAt,
});

// The learner's own targets whose date is at or after `since`, soonest first.
export async function listOwnTargets(userId: string, since: Date): Promise<OwnTargetRow[]> {
  const rows = await db.studyTarget.findMany({ where: { userId, date: { gte: since } }, orderBy: [{ date: "asc" }, { createdAt: "asc" }], select: ownSelect });
  return rows.map(toOwn);
}

// One of the learner's own targets; null when not theirs.
export async function getOwnTarget(userId: string, id: string): Promise<OwnTargetRow | null> {
  const row = await db.studyTarget.findFirst({ where: { id, userId }, select: ownSelect });
  return row ? toOwn(row) : null;
}

// Saves a learner's own target.
export async function createOwnTarget(userId: string, input: { sectionIds: readonly string[]; date: Date; targetRecall: number }): Promise<{ id: string }> {
  return db.studyTarget.create({ data: { userId, sections: JSON.stringify(input.sectionIds), date: input.date, targetRecall: input.targetRecall }, select: { id: true } });
}

// Deletes one of the learner's own targets; false when it is not theirs.
export async function deleteOwnTarget(userId: string, id: string): Promise<boolean> {
  const { count } = await db.studyTarget.deleteMany({ where: { id, userId } });
  return count > 0;
}

// How many of the given sections exist (a target may only name real sections).
export async function countSections(sectionIds: readonly string[]): Promise<number> {
  return db.section.count({ where: { id: { in: [...sectionIds] } } });
}

// The learner's cap on never-studied target cards paced in per day (the default without settings).
export async function getTargetCardsPerDay(userId: string): Promise<number> {
  const row = await db.reviewSettings.findUnique({ where: { userId }, select: { targetCardsPerDay: true } });
  return row?.targetCardsPerDay ?? 20;
}

// What the material of a question set is computed from: its fixed questions (section and quote),
// its random rules' sections, and the live flashcards and texts of those sections.
export async function getSetMaterialSources(setId: string): Promise<SetMaterialSources> {
  return (await getSetsMaterialSources([setId])).get(setId)!;
}

export type SetMaterialSources = { questions: SetQuestion[]; randomSectionIds: string[]; bodies: Map<string, string>; flashcards: TeachingFlashcard[] };

// The same for several sets in four reads whatever their number (a learner's open assignments).
export async function getSetsMaterialSources(setIds: readonly string[]): Promise<Map<string, SetMaterialSources>> {
  if (setIds.length === 0) return new Map();
  const items = await db.questionSetItem.findMany({ where: { setId: { in: [...new Set(setIds)] } }, select: { setId: true, kind: true, questionId: true, sectionId: true } });
  const questionIds = [...new Set(items.flatMap((i) => (i.kind === "question" && i.questionId ? [i.questionId] : [])))];
  const rows = questionIds.length > 0 ? await db.question.findMany({ where: { id: { in: questionIds } }, select: { id: true, sectionId: true, data: true } }) : [];
  const questionOf = new Map(rows.map((q) => [q.id, { id: q.id, sectionId: q.sectionId, quote: quoteIn(q.data) }]));
  const perSet = setIds.map((setId) => {
    const own = items.filter((i) => i.setId === setId);
    const wanted = new Set(own.flatMap((i) => (i.kind === "question" && i.questionId ? [i.questionId] : [])));
    // In the order the question rows came back, as the single-set read gave them.
    const questions = rows.filter((q) => wanted.has(q.id)).map((q) => questionOf.get(q.id)!);
    const randomSectionIds = [...new Set(own.flatMap((i) => (i.kind === "random" && i.sectionId ? [i.sectionId] : [])))];
    const sectionIds = [...new Set([...randomSectionIds, ...questions.flatMap((q) => (q.sectionId ? [q.sectionId] : []))])];
    return { setId, questions, randomSectionIds, sectionIds };
  });
  const material = await listTeachingMaterial([...new Set(perSet.flatMap((p) => p.sectionIds))]);
  return new Map(
    perSet.map(({ setId, questions, randomSectionIds, sectionIds }) => {
      const sections = new Set(sectionIds);
      const bodies = new Map([...material.bodies].filter(([id]) => sections.has(id)));
      return [setId, { questions, randomSectionIds, bodies, flashcards: material.flashcards.filter((f) => sections.has(f.sectionId)) }];
    }),
  );
}

// Memory of the given learners' cards of the given flashcards (for readiness).
export async function listTargetCards(userIds: readonly string[], flashcardIds: readonly string[]) {
  if (userIds.length === 0 || flashcardIds.length === 0) return [];
  return db.card.findMany({
    where: { userId: { in: [...userIds] }, flashcardId: { in: [...flashcardIds] } },
    select: { id: true, userId: true, flashcardId: true, state: true, stability: true, difficulty: true, lastReview: true, due: true, introducedAt: true, suspended: true },
  });
}

// Whether the learner has any target listOwnTargets(userId, since) or listOpenAssignmentsForMember
// (userId, now) would list: one statement, so that learners without targets (most) skip both lists.
export async function hasActiveTargets(userId: string, since: Date, now: Date): Promise<boolean> {
  const row = await db.user.findFirst({
    where: { id: userId, OR: [{ studyTargets: { some: { date: { gte: since } } } }, { enrollments: { some: { removedAt: null, class: { assignments: { some: { dueAt: { gt: now } } } } } } }] },
    select: { id: true },
  });
  return row !== null;
}

// The open assignments (due after `now`) of the learner's classes, soonest first.
export async function listOpenAssignmentsForMember(userId: string, now: Date) {
  return db.assignment.findMany({
    where: { dueAt: { gt: now }, class: { enrollments: { some: { userId, removedAt: null } } } },
    orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
    select: { id: true, title: true, setId: true, dueAt: true, targetRecall: true },
  });
}

// An assignment as its readiness needs it, with who may see what: `asInstructor` when the caller
// teaches its class, `asMember` when they are in it; null when neither (not found).
export async function getAssignmentForReadiness(userId: string, assignmentId: string) {
  const row = await db.assignment.findFirst({
    where: { id: assignmentId, class: { OR: [{ instructorId: userId }, { enrollments: { some: { userId, removedAt: null } } }] } },
    select: { id: true, title: true, setId: true, dueAt: true, targetRecall: true, class: { select: { instructorId: true, enrollments: { where: { removedAt: null }, select: { user: { select: { id: true, name: true } } } } } } },
  });
  if (!row) return null;
  const asInstructor = row.class.instructorId === userId;
  return {
    id: row.id,
    title: row.title,
    setId: row.setId,
    dueAt: row.dueAt,
    targetRecall: row.targetRecall,
    asInstructor,
    members: row.class.enrollments.map((e) => e.user).sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1)),
  };
}

// Review settings of several learners at once (weights and day clock, for their readiness).
export async function listClocks(userIds: readonly string[]) {
  return db.reviewSettings.findMany({ where: { userId: { in: [...userIds] } }, select: { userId: true, weights: true, timeZone: true, dayStartsAtHour: true } });
}

// The learner's cards of these flashcards (whole rows: a session shows them).
export async function listHeldCards(userId: string, flashcardIds: readonly string[]): Promise<CardRow[]> {
  if (flashcardIds.length === 0) return [];
  return db.card.findMany({ where: { userId, flashcardId: { in: [...flashcardIds] } }, select: cardSelect });
}
