import type { SampleRows } from "@/lib/server/sample-rows";
import { expect } from "vitest";
import { db } from "@/lib/server/db";
import { createSelfStudyAttempt } from "@/lib/server/quiz/service";
import { GET as getReviewQueue } from "@/app/api/v1/review/queue/route";
import { signInAs } from "@/tests/auth-mock";
import { writeShownCards } from "@/tests/support/review";
import type { Persona } from "./discover";

// The records the fuzzer aims at: for each persona, ids they own (so the access check passes and
// the input parsing is what gets exercised), and ids of the same kinds owned by somebody else.

// What a dynamic segment names, keyed "<parent segment>/[<param>]" as in the route's path.
export const SLOTS = ["assignments/[id]", "classes/[id]", "question-sets/[id]", "quiz-attempts/[id]", "members/[userId]", "items/[itemId]"] as const;
export type Slot = (typeof SLOTS)[number];

// The ids a persona's valid sample inputs use (their class, set, card...): the rows every
// declaration's `sample` is built from.
export type Mine = SampleRows;

export type World = {
  users: Record<Persona, { id: string }>;
  mine: Record<Persona, Mine>;
  owned: Record<Persona, Record<Slot, string>>;
  foreign: Record<Persona, Record<Slot, string[]>>;
  // Every id made here: any of them in the wrong slot must name nothing.
  allIds: string[];
};

const QUESTION = "hsi-q-stands-for";
const SECTION = "hsi";

async function user(email: string, role: Persona) {
  return db.user.create({ data: { email, name: email, role, passwordHash: null }, select: { id: true } });
}

// An instructor's class with one student, a set with one item, and an assignment of it.
async function teaching(instructorId: string, studentId: string, joinCode: string) {
  const klass = await db.class.create({ data: { name: "Period 1", instructorId, joinCode } });
  await db.enrollment.create({ data: { classId: klass.id, userId: studentId } });
  const set = await db.questionSet.create({ data: { ownerId: instructorId, title: "Set", items: { create: [{ position: 0, kind: "question", questionId: QUESTION }, { position: 1, kind: "random", sectionId: SECTION, count: 2 }] } }, include: { items: true } });
  const assignment = await db.assignment.create({
    data: { classId: klass.id, setId: set.id, title: "Homework", opensAt: new Date("2020-01-01T00:00:00Z"), dueAt: new Date(Date.now() + 365 * 86_400_000), timeZone: "UTC", gradingMethod: "highest", feedback: "immediately", lateWork: "accept", attemptsAllowed: 2 },
  });
  return { classId: klass.id, joinCode, setId: set.id, itemId: set.items[0]!.id, assignmentId: assignment.id };
}

// A self-study attempt through the quiz service, as a learner would start one.
async function attempt(userId: string): Promise<string> {
  const outcome = await createSelfStudyAttempt(userId, { mode: "practice", sectionIds: [SECTION], count: 3 }, new Date());
  if (outcome.status === "invalid") throw new Error(`fixture attempt: ${JSON.stringify(outcome.issues)}`);
  return outcome.id;
}

// The learner's first review card, shown by the queue's route handler and written as its first review would.
async function card(userId: string): Promise<string> {
  signInAs({ id: userId });
  const response = await getReviewQueue(new Request("http://localhost/api/v1/review/queue?limit=5"));
  expect(response.status).toBe(200);
  signInAs(null);
  const shown = ((await response.json()) as { queue: { items: { cardId: string }[] } }).queue.items.map((i) => i.cardId);
  await writeShownCards(userId, shown);
  const first = await db.card.findFirst({ where: { userId }, orderBy: { position: "asc" }, select: { id: true } });
  if (!first) throw new Error("fixture card: the queue showed no cards");
  return first.id;
}

// A study target of the learner's own.
async function target(userId: string): Promise<string> {
  return (await db.studyTarget.create({ data: { userId, sections: JSON.stringify([SECTION]), date: new Date("2099-06-01T00:00:00Z") } })).id;
}

// Builds the world once per file (after seed(db) loaded the content).
export async function buildWorld(): Promise<World> {
  const student = await user("fuzz-student@example.com", "student");
  const instructor = await user("fuzz-instructor@example.com", "instructor");
  const otherStudent = await user("fuzz-other-student@example.com", "student");
  const otherInstructor = await user("fuzz-other-instructor@example.com", "instructor");
  const mineT = await teaching(instructor.id, student.id, "ABCD2345");
  const theirs = await teaching(otherInstructor.id, otherStudent.id, "WXYZ6789");
  const attempts = { student: await attempt(student.id), instructor: await attempt(instructor.id), other: await attempt(otherStudent.id) };
  const cards = { student: await card(student.id), instructor: await card(instructor.id) };

  const targets = { student: await target(student.id), instructor: await target(instructor.id) };

  const base = { ...mineT, memberId: student.id, questionId: QUESTION, sectionId: SECTION };
  const mine: Record<Persona, Mine> = {
    student: { ...base, attemptId: attempts.student, cardId: cards.student, targetId: targets.student },
    instructor: { ...base, attemptId: attempts.instructor, cardId: cards.instructor, targetId: targets.instructor },
  };
  const slotsOf = (m: Mine): Record<Slot, string> => ({
    "assignments/[id]": m.assignmentId,
    "classes/[id]": m.classId,
    "question-sets/[id]": m.setId,
    "quiz-attempts/[id]": m.attemptId,
    "members/[userId]": m.memberId,
    "items/[itemId]": m.itemId,
  });
  const foreign = (persona: Persona): Record<Slot, string[]> => ({
    "assignments/[id]": [theirs.assignmentId],
    "classes/[id]": [theirs.classId],
    "question-sets/[id]": [theirs.setId],
    "quiz-attempts/[id]": [attempts.other, persona === "student" ? attempts.instructor : attempts.student],
    "members/[userId]": [otherStudent.id, instructor.id, otherInstructor.id],
    "items/[itemId]": [theirs.itemId],
  });
  const allIds = [...new Set([student.id, instructor.id, otherStudent.id, otherInstructor.id, ...Object.values(mineT), ...Object.values(theirs), ...Object.values(attempts), ...Object.values(cards), ...Object.values(targets)])];
  return {
    users: { student, instructor },
    mine,
    owned: { student: slotsOf(mine.student), instructor: slotsOf(mine.instructor) },
    foreign: { student: foreign("student"), instructor: foreign("instructor") },
    allIds,
  };
}
