import "server-only";
import { classesServedBySet, recordAuditEvent, type Tx } from "@/lib/server/data/audit";
import { db, dbProvider } from "@/lib/server/db";
import { toSetItem, type SetItem } from "@/lib/domain/classes/set-items";
import { MAX_SET_ITEMS, type AddSetItemInput, type QuestionFilter } from "@/lib/schemas/classes";
import { isUniqueViolation } from "./unique-violation";

// Question sets and their items. Every query names the owner (`ownerId`), so another instructor's
// set is not found. Questions an instructor may use: live bank questions and their own.

const setSelect = { id: true, title: true, createdAt: true, updatedAt: true } as const;


// Creates an empty set. With a `requestKey` this owner already used (a double-clicked "New question
// set", or two submits racing for the unique index), the first set is returned and nothing is created.
export async function createQuestionSet(ownerId: string, title: string, requestKey?: string) {
  const existing = () => (requestKey ? db.questionSet.findUnique({ where: { ownerId_requestKey: { ownerId, requestKey } }, select: setSelect }) : null);
  const first = await existing();
  if (first) return first;
  try {
    return await db.questionSet.create({ data: { ownerId, title, requestKey: requestKey ?? null }, select: setSelect });
  } catch (error) {
    const winner = isUniqueViolation(error) ? await existing() : null;
    if (winner) return winner;
    throw error;
  }
}

// The instructor's sets, most recently changed first, with item and assignment counts.
export async function listQuestionSets(ownerId: string) {
  const rows = await db.questionSet.findMany({
    where: { ownerId },
    orderBy: { updatedAt: "desc" },
    select: { ...setSelect, _count: { select: { items: true, assignments: true } } },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, itemCount: _count.items, assignmentCount: _count.assignments }));
}

// One of the instructor's sets with its items in order; null when not theirs.
export async function getQuestionSet(ownerId: string, setId: string): Promise<{ id: string; title: string; items: SetItem[] } | null> {
  const row = await db.questionSet.findFirst({
    where: { id: setId, ownerId },
    select: { id: true, title: true, items: { select: { id: true, position: true, kind: true, questionId: true, sectionId: true, count: true }, orderBy: { position: "asc" } } },
  });
  if (!row) return null;
  return { id: row.id, title: row.title, items: row.items.flatMap((i) => toSetItem(i) ?? []) };
}

// Renames the set; false when not theirs.
export async function renameQuestionSet(ownerId: string, setId: string, title: string): Promise<boolean> {
  return (await db.questionSet.updateMany({ where: { id: setId, ownerId }, data: { title } })).count === 1;
}

export type AddItemOutcome = "added" | "exists" | "no-set" | "not-found" | "full";

type SetItemRow = { kind: "question"; questionId: string } | { kind: "random"; sectionId: string; count: number };

// The instructor's set with its size, inside a transaction; null when not theirs.
function ownedSetSize(tx: Tx, ownerId: string, setId: string) {
  return tx.questionSet.findFirst({ where: { id: setId, ownerId }, select: { id: true, _count: { select: { items: true } } } });
}

// Appends an item after the set's last one and marks the set as changed.
async function appendItem(tx: Tx, setId: string, item: SetItemRow): Promise<void> {
  const last = await tx.questionSetItem.findFirst({ where: { setId }, orderBy: { position: "desc" }, select: { position: true } });
  const position = (last?.position ?? -1) + 1;
  await tx.questionSetItem.create({ data: item.kind === "question" ? { setId, position, kind: "question", questionId: item.questionId } : { setId, position, kind: "random", sectionId: item.sectionId, count: item.count } });
  await tx.questionSet.update({ where: { id: setId }, data: { updatedAt: new Date() } });
}

// Appends a fixed question or a random rule. Adding a question already in the set changes nothing
// ("exists"), so a repeated click is harmless. "no-set": the set is not the instructor's;
// "not-found": the question or the section is not one they may use.
export async function addSetItem(ownerId: string, setId: string, input: AddSetItemInput): Promise<AddItemOutcome> {
  return db.$transaction(async (tx) => {
    const set = await ownedSetSize(tx, ownerId, setId);
    if (!set) return "no-set";
    if (input.kind === "question") {
      const usable = await tx.question.count({ where: { id: input.questionId, OR: [{ ownerId: null, retiredAt: null }, { ownerId }] } });
      if (usable === 0) return "not-found";
      if (await tx.questionSetItem.count({ where: { setId, kind: "question", questionId: input.questionId } })) return "exists";
    } else if ((await tx.section.count({ where: { id: input.sectionId } })) === 0) return "not-found";
    if (set._count.items >= MAX_SET_ITEMS) return "full";
    await appendItem(tx, setId, input.kind === "question" ? { kind: "question", questionId: input.questionId } : { kind: "random", sectionId: input.sectionId, count: input.count });
    return "added";
  });
}

export type CustomQuestionRow = { id: string; sectionId: string | null; type: string; difficulty: string; prompt: string; data: string; contentHash: string };

// Saves an instructor-written question (already validated) and appends it to their set, in one
// transaction: a set that is not theirs, or is full, gets neither the question nor the item.
export async function saveCustomQuestionInSet(ownerId: string, setId: string, row: CustomQuestionRow): Promise<"added" | "no-set" | "full"> {
  return db.$transaction(async (tx) => {
    const set = await ownedSetSize(tx, ownerId, setId);
    if (!set) return "no-set";
    if (set._count.items >= MAX_SET_ITEMS) return "full";
    await tx.question.create({ data: { ...row, ownerId, position: 0, noteId: null }, select: { id: true } });
    await appendItem(tx, setId, { kind: "question", questionId: row.id });
    return "added";
  });
}

// Deletes the instructor's set with its items, unless assignments use it (their students' attempts
// were drawn from it): those must go first. Their own written questions stay for other sets.
export async function deleteQuestionSet(ownerId: string, setId: string): Promise<{ status: "deleted" | "no-set" } | { status: "in-use"; assignments: number }> {
  return db.$transaction(async (tx) => {
    const set = await tx.questionSet.findFirst({ where: { id: setId, ownerId }, select: { title: true, _count: { select: { assignments: true } } } });
    if (!set) return { status: "no-set" as const };
    if (set._count.assignments > 0) return { status: "in-use" as const, assignments: set._count.assignments };
    await tx.questionSet.delete({ where: { id: setId } });
    // A set belongs to its owner, not to a class, and only a set no assignment uses can go, so its
    // deletion changes no grade by itself. It is still filed under every class whose (since
    // deleted) assignments drew from it, beside those assignments' own "deleted" events, so the
    // class's log says where those questions went; a set no class ever used is filed under no class.
    const classIds = await classesServedBySet(tx, setId);
    const event = { actorId: ownerId, action: "question-set.deleted", subjectType: "question-set", subjectId: setId, subjectLabel: set.title, setId } as const;
    for (const classId of classIds.length > 0 ? classIds : [null]) await recordAuditEvent(tx, { ...event, classId });
    return { status: "deleted" as const };
  });
}

// How many assignments use the instructor's set.
export async function countSetAssignments(ownerId: string, setId: string): Promise<number> {
  return db.assignment.count({ where: { setId, set: { ownerId } } });
}

// Removes an item from the instructor's set; false when not theirs (removing twice: false too).
export async function removeSetItem(ownerId: string, setId: string, itemId: string): Promise<boolean> {
  return (await db.questionSetItem.deleteMany({ where: { id: itemId, setId, set: { ownerId } } })).count === 1;
}

// Writes new positions for the set's items in one transaction (the caller computed them from the
// items it read, scoped to the owner).
export async function saveItemPositions(ownerId: string, setId: string, positions: readonly { id: string; position: number }[]): Promise<void> {
  await db.$transaction(positions.map((p) => db.questionSetItem.updateMany({ where: { id: p.id, setId, set: { ownerId } }, data: { position: p.position } })));
}

// Words in a prompt, ignoring case on both engines: SQLite's LIKE already ignores (ASCII) case;
// PostgreSQL's needs `mode`, which the SQLite client's types (the ones the app is typed with) lack.
function promptContains(q: string): { contains: string } {
  return dbProvider() === "postgresql" ? ({ contains: q, mode: "insensitive" } as { contains: string }) : { contains: q };
}

export type BrowseRow = { id: string; sectionId: string | null; ownerId: string | null; type: string; difficulty: string; prompt: string };

// Questions the instructor may add, filtered (section, type, difficulty, words in the prompt):
// live bank questions and the instructor's own, bank order first. At most `take` rows.
export async function searchQuestions(ownerId: string, filter: QuestionFilter, take = 50): Promise<BrowseRow[]> {
  return db.question.findMany({
    where: {
      OR: [{ ownerId: null, retiredAt: null }, { ownerId }],
      ...(filter.section ? { sectionId: filter.section } : {}),
      ...(filter.type ? { type: filter.type } : {}),
      ...(filter.difficulty ? { difficulty: filter.difficulty } : {}),
      ...(filter.q ? { prompt: promptContains(filter.q) } : {}),
    },
    orderBy: [{ ownerId: "asc" }, { position: "asc" }, { createdAt: "asc" }],
    take,
    select: { id: true, sectionId: true, ownerId: true, type: true, difficulty: true, prompt: true },
  });
}

// Full rows of questions by id, for showing and drawing (the caller parses `data`).
export async function getQuestionRows(ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.question.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, sectionId: true, ownerId: true, type: true, difficulty: true, prompt: true, data: true, retiredAt: true } });
}

// Live bank question ids of the given sections, for random rules.
export async function livePoolBySection(sectionIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (sectionIds.length === 0) return out;
  const rows = await db.question.findMany({ where: { ownerId: null, retiredAt: null, sectionId: { in: [...new Set(sectionIds)] } }, select: { id: true, sectionId: true }, orderBy: { position: "asc" } });
  for (const r of rows) if (r.sectionId) out.set(r.sectionId, [...(out.get(r.sectionId) ?? []), r.id]);
  return out;
}

// Section ids and titles in article order (filters, rule pickers, labels).
export async function listSectionTitles() {
  return db.section.findMany({ select: { id: true, title: true, level: true }, orderBy: { position: "asc" } });
}
