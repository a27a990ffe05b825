import "server-only";
import { drawSetQuestions, toSetItem } from "@/lib/domain/classes/set-items";
import { getAssignmentSetItems, listHeldAssignments, type StudentAssignment } from "@/lib/server/data/assignments";
import { livePoolBySection } from "@/lib/server/data/question-sets";
import { getQuestionsByIds } from "@/lib/server/data/quiz-questions";

// Which questions a student meets on an assignment, and which of them are held out of the
// student's self-study while anyone can still submit.

// The questions this student gets on this assignment: the set's fixed questions and their random
// draws (stable per student and assignment), leaving out questions since retired, and any the
// quiz engine cannot read (it parses with the content schema, so until it accepts a missing quote,
// an instructor's question written without a quote is skipped rather than failing the start).
export async function questionsForStudent(assignment: Pick<StudentAssignment, "id" | "setId">, userId: string): Promise<{ questionIds: string[]; sectionIds: string[] }> {
  const items = (await getAssignmentSetItems(assignment.setId)).flatMap((row) => toSetItem(row) ?? []);
  const pools = await livePoolBySection(items.flatMap((i) => (i.kind === "random" ? [i.sectionId] : [])));
  const { questionIds } = drawSetQuestions(items, pools, `${assignment.id}:${userId}`);
  const readable = await getQuestionsByIds(questionIds);
  const usable = questionIds.filter((id) => readable.get(id)?.retired === false);
  const sectionIds = [...new Set(usable.flatMap((id) => readable.get(id)?.sectionId ?? []))];
  return { questionIds: usable, sectionIds };
}

// The questions held out of this learner's self-study at `now`: those they get (or would get) on
// each assignment of their classes that holds its questions out and that someone can still submit.
// Practice shows keys at once, so a held question drawn there would hand over the assignment's key.
export async function heldQuestionIds(userId: string, now: Date): Promise<Set<string>> {
  const held = await listHeldAssignments(userId, now);
  const ids = new Set<string>();
  for (const assignment of held) for (const id of (await questionsForStudent(assignment, userId)).questionIds) ids.add(id);
  return ids;
}
