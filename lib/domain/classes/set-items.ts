import { createRng, shuffle } from "@/lib/domain/quiz/rng";

// A question set is an ordered list of items: a fixed question, or a rule "N random questions from
// section X" drawn for each student when they start an assignment.

export type FixedItem = { id: string; position: number; kind: "question"; questionId: string };
export type RandomRule = { id: string; position: number; kind: "random"; sectionId: string; count: number };
export type SetItem = FixedItem | RandomRule;

// Reads a stored row into a set item; rows that are neither shape (damaged data) are dropped.
export function toSetItem(row: { id: string; position: number; kind: string; questionId: string | null; sectionId: string | null; count: number | null }): SetItem | null {
  if (row.kind === "question" && row.questionId) return { id: row.id, position: row.position, kind: "question", questionId: row.questionId };
  if (row.kind === "random" && row.sectionId && row.count && row.count > 0) return { id: row.id, position: row.position, kind: "random", sectionId: row.sectionId, count: row.count };
  return null;
}

const byPosition = <T extends { position: number }>(items: readonly T[]) => [...items].sort((a, b) => a.position - b.position);

// The new positions (0, 1, 2…) after moving one item up or down; null when it cannot move
// (unknown item, already first or last). Positions are renumbered so gaps left by removed items
// close up.
export function moveItem(items: readonly { id: string; position: number }[], itemId: string, direction: "up" | "down"): { id: string; position: number }[] | null {
  const ordered = byPosition(items);
  const from = ordered.findIndex((i) => i.id === itemId);
  const to = direction === "up" ? from - 1 : from + 1;
  if (from === -1 || to < 0 || to >= ordered.length) return null;
  const moved = [...ordered];
  [moved[from], moved[to]] = [moved[to]!, moved[from]!];
  return moved.map((item, position) => ({ id: item.id, position }));
}

export type SetDraw = { questionIds: string[]; shortfalls: { ruleId: string; sectionId: string; wanted: number; drawn: number }[] };

// The questions one student gets, in set order: fixed questions where they stand, each rule
// replaced by its draw. A question appears once even if fixed and also in a rule's section; a rule
// whose section has too few questions left draws what there is (reported as a shortfall).
//
// The draw is seeded by `seed` (the server uses assignment id + student id), so it is STABLE: the
// same student gets the same random questions on every attempt of an assignment (attempts compare
// like with like for "highest"/"average" grading), while two students get independent draws.
// Question and option order are still shuffled per attempt by the quiz engine when asked.
export function drawSetQuestions(items: readonly SetItem[], poolBySection: ReadonlyMap<string, readonly string[]>, seed: string): SetDraw {
  const ordered = byPosition(items);
  const taken = new Set(ordered.flatMap((i) => (i.kind === "question" ? [i.questionId] : [])));
  const drawn = new Map<string, string[]>();
  const shortfalls: SetDraw["shortfalls"] = [];
  for (const item of ordered) {
    if (item.kind !== "random") continue;
    const pool = [...new Set(poolBySection.get(item.sectionId) ?? [])].filter((id) => !taken.has(id)).sort();
    const picked = shuffle(pool, createRng(`${seed}:${item.id}`)).slice(0, item.count);
    for (const id of picked) taken.add(id);
    drawn.set(item.id, picked);
    if (picked.length < item.count) shortfalls.push({ ruleId: item.id, sectionId: item.sectionId, wanted: item.count, drawn: picked.length });
  }
  const questionIds: string[] = [];
  const seen = new Set<string>();
  for (const item of ordered) {
    for (const id of item.kind === "question" ? [item.questionId] : (drawn.get(item.id) ?? [])) {
      if (!seen.has(id)) {
        seen.add(id);
        questionIds.push(id);
      }
    }
  }
  return { questionIds, shortfalls };
}
