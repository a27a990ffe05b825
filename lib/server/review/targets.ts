import "server-only";
import { weightsSchema } from "@/lib/schemas/review";
import type { ReviewSettings } from "@/lib/domain/review/settings";
import { studyDayKey, studyDayStart, studyDayStartOn } from "@/lib/domain/review/study-day";
import { MAX_OWN_TARGETS, type CreateStudyTargetInput } from "@/lib/schemas/study-targets";
import { targetMaterial } from "@/lib/domain/review/target-material";
import { paceUnseenCards, type Pacing } from "@/lib/domain/review/target-pacing";
import { readiness, studyDaysUntil, type Readiness, type TargetCard } from "@/lib/domain/review/targets";
import { listLiveFlashcards, stateName } from "@/lib/server/data/cards";
import { getReviewSettings } from "@/lib/server/data/review-settings";
import { readJson } from "@/lib/server/data/json-column";
import type { Refusal } from "@/lib/server/refusal";
import {
  countSections,
  createOwnTarget,
  getAssignmentForReadiness,
  getSetMaterialSources,
  getSetsMaterialSources,
  getTargetCardsPerDay,
  hasActiveTargets,
  listClocks,
  listOpenAssignmentsForMember,
  listOwnTargets,
  listTargetCards,
} from "@/lib/server/data/study-targets";

// Study for a date, the front door: a learner's targets (open assignments of their classes and
// their own), their material, readiness and pacing; the caps grading applies; and an assignment's
// readiness for its students and its instructor. The rules are in lib/domain/review/targets.ts.

export type ActiveTarget = {
  // "assignment:<id>" or the learner's own target's id.
  id: string;
  kind: "assignment" | "own";
  assignmentId: string | null;
  title: string;
  date: Date;
  targetRecall: number;
  sectionIds: string[];
  flashcardIds: string[];
};

// `day`: the date's study day in the learner's zone ("YYYY-MM-DD").
export type TargetView = Omit<ActiveTarget, "flashcardIds"> & { readiness: Readiness; pacing: Pacing; daysLeft: number; day: string };

// The flashcards of a question set's material.
export async function setMaterial(setId: string): Promise<string[]> {
  return targetMaterial(await getSetMaterialSources(setId));
}

// The learner's targets whose date has not passed: open assignments first by due date, then theirs.
export async function listActiveTargets(userId: string, settings: Pick<ReviewSettings, "timeZone" | "dayStartsAtHour">, now: Date): Promise<ActiveTarget[]> {
  const since = studyDayStart(now, settings.timeZone, settings.dayStartsAtHour);
  if (!(await hasActiveTargets(userId, since, now))) return [];
  const [assignments, own] = await Promise.all([listOpenAssignmentsForMember(userId, now), listOwnTargets(userId, since)]);
  // Every assignment's material and every own target's flashcards in one pass, not one per target.
  const ownSections = [...new Set(own.flatMap((t) => t.sectionIds))];
  const [sourcesOf, live] = await Promise.all([getSetsMaterialSources(assignments.map((a) => a.setId)), ownSections.length > 0 ? listLiveFlashcards(ownSections) : []]);
  const fromAssignments = assignments.map((a): ActiveTarget => {
    const sources = sourcesOf.get(a.setId)!;
    return {
      id: `assignment:${a.id}`,
      kind: "assignment",
      assignmentId: a.id,
      title: a.title,
      date: a.dueAt,
      targetRecall: a.targetRecall,
      sectionIds: [...new Set(sources.flashcards.map((f) => f.sectionId))],
      flashcardIds: targetMaterial(sources),
    };
  });
  const ownTargets = own.map((t): ActiveTarget => {
    const sections = new Set(t.sectionIds);
    return {
      id: t.id,
      kind: "own",
      assignmentId: null,
      title: "My target",
      date: t.date,
      targetRecall: t.targetRecall,
      sectionIds: t.sectionIds,
      flashcardIds: live.filter((f) => sections.has(f.sectionId)).map((f) => f.id),
    };
  });
  return [...fromAssignments, ...ownTargets];
}

const toTargetCard = (row: { state: string; stability: number; difficulty: number; lastReview: Date | null }): TargetCard => ({
  state: stateName(row.state),
  stability: row.stability,
  difficulty: row.difficulty,
  lastReview: row.lastReview,
});

// Readiness and pacing of each of the learner's active targets.
export async function listTargetViews(userId: string, now: Date): Promise<TargetView[]> {
  const [{ settings }, cap] = await Promise.all([getReviewSettings(userId), getTargetCardsPerDay(userId)]);
  const targets = await listActiveTargets(userId, settings, now);
  return Promise.all(targets.map((t) => viewOf(userId, t, settings, cap, now)));
}

async function viewOf(userId: string, target: ActiveTarget, settings: ReviewSettings, cap: number, now: Date): Promise<TargetView> {
  const cards = (await listTargetCards([userId], target.flashcardIds)).map(toTargetCard);
  const r = readiness(cards, target.flashcardIds.length, target.date, now, settings.weights, settings);
  const daysLeft = studyDaysUntil(target.date, now, settings);
  const { id, kind, assignmentId, title, date, targetRecall, sectionIds } = target;
  const day = studyDayKey(date, settings.timeZone, settings.dayStartsAtHour);
  return { id, kind, assignmentId, title, date, targetRecall, sectionIds, readiness: r, pacing: paceUnseenCards({ unseen: r.unseen, daysUntil: daysLeft, cap }), daysLeft, day };
}

export type StudentReadiness = { userId: string; name: string; onDate: number; today: number; unseen: number; total: number };
export type AssignmentReadiness =
  | { view: "student"; assignmentId: string; dueAt: Date; targetRecall: number; readiness: Readiness }
  | { view: "instructor"; assignmentId: string; dueAt: Date; targetRecall: number; students: StudentReadiness[]; classMean: number | null };

// Readiness for an assignment's due date: the caller's own when they are in its class, every
// student's and the class mean when they teach it; null when neither.
export async function assignmentReadiness(userId: string, assignmentId: string, now: Date): Promise<AssignmentReadiness | null> {
  const assignment = await getAssignmentForReadiness(userId, assignmentId);
  if (!assignment) return null;
  const material = await setMaterial(assignment.setId);
  const learners = assignment.asInstructor ? assignment.members : assignment.members.filter((m) => m.id === userId);
  const [cards, clocks] = await Promise.all([listTargetCards(learners.map((l) => l.id), material), listClocks(learners.map((l) => l.id))]);
  const clockOf = new Map(clocks.map((c) => [c.userId, c]));
  const per = learners.map((l) => {
    const clock = clockOf.get(l.id);
    const weights = clock?.weights ? readJson(weightsSchema, clock.weights) ?? undefined : undefined;
    const own = cards.filter((c) => c.userId === l.id).map(toTargetCard);
    const r = readiness(own, material.length, assignment.dueAt, now, weights, { timeZone: clock?.timeZone ?? "UTC", dayStartsAtHour: clock?.dayStartsAtHour ?? 4 });
    return { learner: l, readiness: r };
  });
  const base = { assignmentId: assignment.id, dueAt: assignment.dueAt, targetRecall: assignment.targetRecall };
  if (!assignment.asInstructor) return { view: "student", ...base, readiness: per[0]!.readiness };
  const students = per.map(({ learner, readiness: r }) => ({ userId: learner.id, name: learner.name, onDate: r.onDate, today: r.today, unseen: r.unseen, total: r.total }));
  const classMean = students.length === 0 ? null : students.reduce((sum, s) => sum + s.onDate, 0) / students.length;
  return { view: "instructor", ...base, students, classMean };
}


export type CreateTargetOutcome = { status: "created"; id: string } | { status: "invalid"; path: string; message: string };

// Why a target was not added, for the form and the API alike.
export function targetRefusal(outcome: Extract<CreateTargetOutcome, { status: "invalid" }>): Refusal {
  return { status: 422, message: "Check the target.", field: { name: outcome.path, message: outcome.message } };
}

// Saves a learner's own target after the checks zod cannot make: a real date after today in their
// zone, sections that exist, and at most MAX_OWN_TARGETS upcoming targets.
export async function createStudyTarget(userId: string, input: CreateStudyTargetInput, now: Date): Promise<CreateTargetOutcome> {
  const { settings } = await getReviewSettings(userId);
  const date = studyDayStartOn(input.date, settings.timeZone, settings.dayStartsAtHour);
  if (!date) return { status: "invalid", path: "date", message: "not a real date" };
  if (studyDaysUntil(date, now, settings) < 1) return { status: "invalid", path: "date", message: "choose a date after today" };
  const sectionIds = [...new Set(input.sectionIds)];
  if ((await countSections(sectionIds)) !== sectionIds.length) return { status: "invalid", path: "sectionIds", message: "no such section" };
  const upcoming = await listOwnTargets(userId, studyDayStart(now, settings.timeZone, settings.dayStartsAtHour));
  if (upcoming.length >= MAX_OWN_TARGETS) return { status: "invalid", path: "date", message: `at most ${MAX_OWN_TARGETS} targets at a time: delete one first` };
  const { id } = await createOwnTarget(userId, { sectionIds, date, targetRecall: input.targetRecall });
  return { status: "created", id };
}
