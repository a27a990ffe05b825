import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/server/db";
import { seed } from "@/lib/db/seed";
import { generateJoinCode } from "@/lib/domain/classes/join-code";
import { signInAs } from "@/tests/auth-mock";

// Every server action, called as each of five visitors: signed out (sent to sign-in), a student, a
// student of no class and with no attempts ("otherStudent"), an instructor of another class
// ("otherInstructor") and the owning instructor. Each visitor either has a denial in the table, and
// gets exactly it with nothing changed, or is let through (no sign-in, 403 or 404, no crash).
// Generated from one table: an exported action without an entry fails the test.

vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: (await import("@/tests/auth-mock")).getServerSession }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const personas = ["anonymous", "student", "otherStudent", "otherInstructor", "instructor"] as const;
type Persona = (typeof personas)[number];
type Denial = "signin" | "forbidden" | "notFound" | "refused";
type Fixtures = { classId: string; joinCode: string; setId: string; itemId: string; memberId: string; attemptId: string; assignmentId: string; cardId: string };
type Entry = { call: (f: Fixtures) => Promise<unknown>; denials: Partial<Record<Persona, Denial>> };

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const empty = { ok: false, message: "", errors: {} };
const students = { student: "forbidden", otherStudent: "forbidden" } as const;
const ownerOnly = { anonymous: "signin", ...students, otherInstructor: "notFound" } as const;
const instructors = { instructor: "forbidden", otherInstructor: "forbidden" } as const;

const actionsDir = path.join(process.cwd(), "lib/server/actions");
const modules = fs.readdirSync(actionsDir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));

// Who may not call each action, and what they get; every other visitor is let through. "refused":
// a result that says no (ok: false).
const table: Record<string, Entry> = {
  "account.deleteMyAccount": { call: async () => (await import("@/lib/server/actions/account")).deleteMyAccount(empty, form({ confirm: "delete my account" })), denials: { anonymous: "signin" } },
  "account.changeMyPassword": { call: async () => (await import("@/lib/server/actions/account")).changeMyPassword(empty, form({ currentPassword: "x", newPassword: "a brand new password" })), denials: { anonymous: "signin" } },
  "account.changeMyEmail": { call: async () => (await import("@/lib/server/actions/account")).changeMyEmail(empty, form({ newEmail: "matrix-moved@example.com", emailPassword: "x" })), denials: { anonymous: "signin" } },
  "account.signOutEverywhere": { call: async () => (await import("@/lib/server/actions/account")).signOutEverywhere(), denials: { anonymous: "signin" } },
  "password-reset.requestPasswordResetAction": { call: async () => (await import("@/lib/server/actions/password-reset")).requestPasswordResetAction(empty, form({ email: "matrix@example.com" })), denials: {} },
  "password-reset.resetPasswordAction": { call: async () => (await import("@/lib/server/actions/password-reset")).resetPasswordAction(empty, form({ token: "a".repeat(43), newPassword: "a brand new password" })), denials: {} },
  "email-verification.verifyEmailAction": { call: async () => (await import("@/lib/server/actions/email-verification")).verifyEmailAction(empty, form({ token: "a".repeat(43) })), denials: {} },
  "email-verification.resendVerificationAction": { call: async () => (await import("@/lib/server/actions/email-verification")).resendVerificationAction(empty, form({ email: "matrix@example.com" })), denials: {} },
  "sign-up.signUp": { call: async () => (await import("@/lib/server/actions/sign-up")).signUp(empty, form({ name: "x" })), denials: { anonymous: "refused" } },
  "classes.createClassAction": { call: async () => (await import("@/lib/server/actions/classes")).createClassAction(empty, form({ name: "Nope" })), denials: { anonymous: "signin", ...students } },
  "classes.updateJoinCodeAction": { call: async (f) => (await import("@/lib/server/actions/classes")).updateJoinCodeAction(form({ classId: f.classId, action: "off" })), denials: ownerOnly },
  "classes.removeMemberAction": { call: async (f) => (await import("@/lib/server/actions/classes")).removeMemberAction(form({ classId: f.classId, userId: f.memberId })), denials: ownerOnly },
  "classes.restoreMemberAction": { call: async (f) => (await import("@/lib/server/actions/classes")).restoreMemberAction(form({ classId: f.classId, userId: f.memberId })), denials: ownerOnly },
  "classes.renameClassAction": { call: async (f) => (await import("@/lib/server/actions/classes")).renameClassAction(empty, form({ classId: f.classId, name: "Renamed" })), denials: ownerOnly },
  "classes.deleteClassAction": { call: async (f) => (await import("@/lib/server/actions/classes")).deleteClassAction(form({ classId: f.classId })), denials: ownerOnly },
  "question-sets.deleteQuestionSetAction": { call: async (f) => (await import("@/lib/server/actions/question-sets")).deleteQuestionSetAction(empty, form({ setId: f.setId })), denials: ownerOnly },
  "classes.joinClassAction": { call: async (f) => (await import("@/lib/server/actions/classes")).joinClassAction(empty, form({ code: f.joinCode })), denials: { anonymous: "signin", ...instructors } },
  "question-sets.createQuestionSetAction": { call: async () => (await import("@/lib/server/actions/question-sets")).createQuestionSetAction(form({ title: "Nope" })), denials: { anonymous: "signin", ...students } },
  "question-sets.renameQuestionSetAction": { call: async (f) => (await import("@/lib/server/actions/question-sets")).renameQuestionSetAction(empty, form({ setId: f.setId, title: "Stolen" })), denials: ownerOnly },
  "question-sets.addQuestionToSetAction": { call: async (f) => (await import("@/lib/server/actions/question-sets")).addQuestionToSetAction(form({ setId: f.setId, questionId: "hsi-q-stands-for" })), denials: ownerOnly },
  "question-sets.addQuestionsToSetAction": { call: async (f) => (await import("@/lib/server/actions/question-sets")).addQuestionsToSetAction(form({ setId: f.setId, selected: "hsi-q-stands-for" })), denials: ownerOnly },
  "question-sets.addRandomRuleAction": { call: async (f) => (await import("@/lib/server/actions/question-sets")).addRandomRuleAction(empty, form({ setId: f.setId, sectionId: "hsi", count: "2" })), denials: ownerOnly },
  "question-sets.removeSetItemAction": { call: async (f) => (await import("@/lib/server/actions/question-sets")).removeSetItemAction(form({ setId: f.setId, itemId: f.itemId })), denials: ownerOnly },
  "question-sets.moveSetItemAction": { call: async (f) => (await import("@/lib/server/actions/question-sets")).moveSetItemAction(form({ setId: f.setId, itemId: f.itemId, direction: "down" })), denials: ownerOnly },
  "question-sets.createCustomQuestionAction": {
    call: async (f) => (await import("@/lib/server/actions/question-sets")).createCustomQuestionAction(empty, form({ setId: f.setId, type: "truefalse", prompt: "ICE is part of DHS.", answer: "true", explanation: "ICE is a DHS component.", difficulty: "easy" })),
    denials: ownerOnly,
  },
  "assignments.createAssignmentAction": {
    call: async (f) =>
      (await import("@/lib/server/actions/assignments")).createAssignmentAction(empty, form({ classId: f.classId, setId: f.setId, title: "Nope", opensAt: "2026-01-01T09:00", dueAt: "2026-12-01T09:00", timeZone: "UTC", gradingMethod: "highest", feedback: "immediately", lateWork: "accept" })),
    denials: ownerOnly,
  },
  "assignments.updateAssignmentAction": {
    call: async (f) =>
      (await import("@/lib/server/actions/assignments")).updateAssignmentAction(empty, form({ assignmentId: f.assignmentId, title: "Edited", opensAt: "2026-01-01T09:00", dueAt: "2027-12-01T09:00", timeZone: "UTC", gradingMethod: "last", feedback: "never", lateWork: "refuse" })),
    denials: ownerOnly,
  },
  "assignments.deleteAssignmentAction": { call: async (f) => (await import("@/lib/server/actions/assignments")).deleteAssignmentAction(form({ assignmentId: f.assignmentId })), denials: ownerOnly },
  "assignments.setExtensionAction": { call: async (f) => (await import("@/lib/server/actions/assignments")).setExtensionAction(empty, form({ assignmentId: f.assignmentId, userId: f.memberId, timeZone: "UTC", dueAt: "", extraAttempts: "1" })), denials: ownerOnly },
  "assignments.setGradeOverrideAction": { call: async (f) => (await import("@/lib/server/actions/assignments")).setGradeOverrideAction(empty, form({ assignmentId: f.assignmentId, userId: f.memberId, percent: "90", reason: "Marked by hand" })), denials: ownerOnly },
  "assignments.startAssignmentAction": { call: async (f) => (await import("@/lib/server/actions/assignments")).startAssignmentAction(empty, form({ assignmentId: f.assignmentId })), denials: { anonymous: "signin", otherStudent: "notFound", ...instructors } },
  "quiz.startQuiz": { call: async () => (await import("@/lib/server/actions/quiz")).startQuiz(empty, form({ mode: "practice", count: "3" })), denials: { anonymous: "signin" } },
  "quiz.retryMistakes": { call: async () => (await import("@/lib/server/actions/quiz")).retryMistakes(empty, form({})), denials: { anonymous: "signin" } },
  "quiz.saveQuizAnswer": { call: async (f) => (await import("@/lib/server/actions/quiz")).saveQuizAnswer(f.attemptId, { answerId: crypto.randomUUID(), position: 0, answer: { type: "truefalse", value: true } }), denials: { anonymous: "refused", otherStudent: "refused", otherInstructor: "refused", instructor: "refused" } },
  "quiz.finishQuiz": { call: async (f) => (await import("@/lib/server/actions/quiz")).finishQuiz(f.attemptId), denials: { anonymous: "refused", otherStudent: "refused", otherInstructor: "refused", instructor: "refused" } },
  "study-targets.createStudyTargetAction": { call: async () => (await import("@/lib/server/actions/study-targets")).createStudyTargetAction(empty, form({ sections: "ero", date: "2099-06-01", targetRecall: "90" })), denials: { anonymous: "signin" } },
  // An id no one's target has: every signed-in visitor gets "not found", and nothing changes.
  "study-targets.deleteStudyTargetAction": {
    call: async () => (await import("@/lib/server/actions/study-targets")).deleteStudyTargetAction(form({ targetId: "no-such-target" })),
    denials: { anonymous: "signin", student: "notFound", otherStudent: "notFound", otherInstructor: "notFound", instructor: "notFound" },
  },
  "quiz.discardQuiz": { call: async (f) => (await import("@/lib/server/actions/quiz")).discardQuiz(f.attemptId), denials: { anonymous: "signin", otherStudent: "refused", otherInstructor: "refused", instructor: "refused" } },
  "review.saveReviewSettingsAction": { call: async () => (await import("@/lib/server/actions/review")).saveReviewSettingsAction(empty, form({ desiredRetention: "0.9" })), denials: { anonymous: "signin" } },
  "review.adoptBrowserTimeZone": { call: async () => (await import("@/lib/server/actions/review")).adoptBrowserTimeZone("Europe/Berlin"), denials: { anonymous: "signin" } },
  "review.cardAction": { call: async (f) => (await import("@/lib/server/actions/review")).cardAction("suspend", { cardId: f.cardId }), denials: { anonymous: "signin", otherStudent: "refused", otherInstructor: "refused", instructor: "refused" } },
  "review.optimizeAction": { call: async () => (await import("@/lib/server/actions/review")).optimizeAction(), denials: { anonymous: "signin" } },
  "review.applyParametersAction": { call: async () => (await import("@/lib/server/actions/review")).applyParametersAction({} as never, form({})), denials: { anonymous: "signin" } },
};

type World = { users: Record<Exclude<Persona, "anonymous">, { id: string }>; fixtures: Fixtures };
let shared: World;
let worlds = 0;

// Users of the five kinds and what they own: a class (the student enrolled) with an open
// assignment of the instructor's set, the student's quiz attempt and flashcard.
async function buildWorld(): Promise<World> {
  worlds += 1;
  const make = (persona: string, role: string) => db.user.create({ data: { email: `${persona}-${worlds}@example.com`, name: persona, role, passwordHash: null } });
  const users = { student: await make("student", "student"), otherStudent: await make("other-student", "student"), instructor: await make("instructor", "instructor"), otherInstructor: await make("other-instructor", "instructor") };
  const cls = await db.class.create({ data: { name: "A", instructorId: users.instructor.id, joinCode: generateJoinCode((n) => crypto.randomBytes(n)) } });
  await db.enrollment.create({ data: { classId: cls.id, userId: users.student.id } });
  const set = await db.questionSet.create({ data: { ownerId: users.instructor.id, title: "Set" } });
  const item = await db.questionSetItem.create({ data: { setId: set.id, position: 0, kind: "question", questionId: "hsi-q-stands-for" } });
  const now = Date.now();
  const assignment = await db.assignment.create({
    data: { classId: cls.id, setId: set.id, title: "Homework", opensAt: new Date(now - 86_400_000), dueAt: new Date(now + 86_400_000), timeZone: "UTC", gradingMethod: "highest", feedback: "immediately", lateWork: "accept" },
  });
  const attempt = await db.quizAttempt.create({ data: { userId: users.student.id, mode: "practice", sectionIds: "[]", seed: "x", maxScore: 0 } });
  const flashcard = await db.flashcard.findFirstOrThrow({ orderBy: { id: "asc" } });
  const card = await db.card.create({
    data: { userId: users.student.id, flashcardId: flashcard.id, sectionId: flashcard.sectionId, position: 0, state: "new", due: new Date(now), stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0 },
  });
  return { users, fixtures: { classId: cls.id, joinCode: cls.joinCode!, setId: set.id, itemId: item.id, memberId: users.student.id, attemptId: attempt.id, assignmentId: assignment.id, cardId: card.id } };
}

beforeAll(async () => {
  await seed(db, { demoAccounts: false });
  shared = await buildWorld();
});

const digestOf = (error: unknown) => String((error as { digest?: string })?.digest ?? (error as Error)?.message ?? error);

async function snapshot() {
  const [users, cards, logs, classes, enrollments, sets, items, questions, assignments, attempts, settings] = await Promise.all([
    db.user.findMany({ orderBy: { id: "asc" } }),
    db.card.findMany({ orderBy: { id: "asc" } }),
    db.reviewLog.count(),
    db.class.findMany({ orderBy: { id: "asc" } }),
    db.enrollment.count(),
    db.questionSet.findMany({ orderBy: { id: "asc" } }),
    db.questionSetItem.findMany({ orderBy: { id: "asc" } }),
    db.question.count(),
    db.assignment.count(),
    db.quizAttempt.findMany({ orderBy: { id: "asc" } }),
    db.reviewSettings.count(),
  ]);
  return JSON.stringify({ users, cards, logs, classes, enrollments, sets, items, questions, assignments, attempts, settings });
}

describe("server actions authorization", () => {
  it("every exported server action has an entry", async () => {
    const exported: string[] = [];
    for (const file of modules) {
      const mod = (await import(/* @vite-ignore */ path.join(actionsDir, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) if (typeof value === "function") exported.push(`${file.replace(/\.ts$/, "")}.${name}`);
    }
    expect(exported.filter((name) => !table[name]), "add these actions to tests/actions-matrix.test.ts").toEqual([]);
  });

  for (const [name, entry] of Object.entries(table)) {
    for (const persona of personas) {
      const denial = entry.denials[persona];
      if (denial) {
        it(`${name} as ${persona}: ${denial}, nothing changed`, async () => {
          signInAs(persona === "anonymous" ? null : shared.users[persona]);
          const before = await snapshot();
          const { outcome, thrown } = await settle(() => entry.call(shared.fixtures));
          if (denial === "signin") expect(digestOf(thrown)).toMatch(/NEXT_REDIRECT.*\/sign-in/);
          if (denial === "forbidden") expect(digestOf(thrown)).toMatch(/NEXT_HTTP_ERROR_FALLBACK;403/);
          if (denial === "notFound") expect(digestOf(thrown)).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/);
          if (denial === "refused") {
            // A refusal is an answer, not an exception: a crash must not pass for one.
            expect(thrown, "a refusal returns a result").toBeUndefined();
            // Actions answer in their own shapes: { ok: false } or { kind: "error" } both say no.
            expect(JSON.stringify(outcome)).toMatch(/"ok":false|"kind":"error"/);
          }
          expect(await snapshot()).toBe(before);
        });
      } else {
        it(`${name} as ${persona}: let through`, async () => {
          // A world of its own: being let through may change it (join, delete the account...).
          const world = await buildWorld();
          signInAs(persona === "anonymous" ? null : world.users[persona]);
          const { thrown } = await settle(() => entry.call(world.fixtures));
          if (thrown !== undefined) expect(digestOf(thrown), "only a redirect onwards may be thrown").toMatch(/^NEXT_REDIRECT;(replace|push);\/(?!sign-in)/);
        });
      }
    }
  }
});

async function settle(call: () => Promise<unknown>): Promise<{ outcome?: unknown; thrown?: unknown }> {
  try {
    return { outcome: await call() };
  } catch (thrown) {
    return { thrown: thrown ?? new Error("threw undefined") };
  }
}
