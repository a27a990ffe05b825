import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/server/db";
import { seed } from "@/lib/db/seed";
import { signInAs } from "@/tests/auth-mock";

// Every server action, called by visitors who may not use it: signed out (sent to sign-in), the
// wrong role (403), and an instructor on another instructor's class or set (404, nothing changed).
// Generated from one table: an exported action without an entry fails the test.

vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: (await import("@/tests/auth-mock")).getServerSession }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

type Persona = "anonymous" | "student" | "instructor" | "otherInstructor";
type Denial = "signin" | "forbidden" | "notFound" | "refused";
type Fixtures = { classId: string; setId: string; itemId: string; memberId: string; attemptId: string };
type Entry = { call: (f: Fixtures) => Promise<unknown>; denials: Partial<Record<Persona, Denial>> };

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const empty = { ok: false, message: "", errors: {} };

const actionsDir = path.join(process.cwd(), "lib/server/actions");
const modules = fs.readdirSync(actionsDir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));

// Who may not call each action, and what they get. "refused": a result that says no (ok: false).
const table: Record<string, Entry> = {
  "account.deleteMyAccount": { call: async () => (await import("@/lib/server/actions/account")).deleteMyAccount(empty, form({ confirm: "delete my account" })), denials: { anonymous: "signin" } },
  "accounts.signUp": { call: async () => (await import("@/lib/server/actions/accounts")).signUp(empty, form({ name: "x" })), denials: { anonymous: "refused" } },
  "classes.createClassAction": { call: async () => (await import("@/lib/server/actions/classes")).createClassAction(empty, form({ name: "Nope" })), denials: { anonymous: "signin", student: "forbidden" } },
  "classes.updateJoinCodeAction": { call: async (f) => (await import("@/lib/server/actions/classes")).updateJoinCodeAction(form({ classId: f.classId, action: "off" })), denials: { anonymous: "signin", student: "forbidden", otherInstructor: "notFound" } },
  "classes.removeMemberAction": { call: async (f) => (await import("@/lib/server/actions/classes")).removeMemberAction(form({ classId: f.classId, userId: f.memberId })), denials: { anonymous: "signin", student: "forbidden", otherInstructor: "notFound" } },
  "classes.joinClassAction": { call: async () => (await import("@/lib/server/actions/classes")).joinClassAction(empty, form({ code: "ZZZZZZZZ" })), denials: { anonymous: "signin", instructor: "forbidden" } },
  "question-sets.createQuestionSetAction": { call: async () => (await import("@/lib/server/actions/question-sets")).createQuestionSetAction(form({ title: "Nope" })), denials: { anonymous: "signin", student: "forbidden" } },
  "question-sets.renameQuestionSetAction": { call: async (f) => (await import("@/lib/server/actions/question-sets")).renameQuestionSetAction(empty, form({ setId: f.setId, title: "Stolen" })), denials: { anonymous: "signin", student: "forbidden", otherInstructor: "notFound" } },
  "question-sets.addQuestionToSetAction": { call: async (f) => (await import("@/lib/server/actions/question-sets")).addQuestionToSetAction(form({ setId: f.setId, questionId: "hsi-q-stands-for" })), denials: { anonymous: "signin", student: "forbidden", otherInstructor: "notFound" } },
  "question-sets.addRandomRuleAction": { call: async (f) => (await import("@/lib/server/actions/question-sets")).addRandomRuleAction(empty, form({ setId: f.setId, sectionId: "hsi", count: "2" })), denials: { anonymous: "signin", student: "forbidden", otherInstructor: "notFound" } },
  "question-sets.removeSetItemAction": { call: async (f) => (await import("@/lib/server/actions/question-sets")).removeSetItemAction(form({ setId: f.setId, itemId: f.itemId })), denials: { anonymous: "signin", student: "forbidden", otherInstructor: "notFound" } },
  "question-sets.moveSetItemAction": { call: async (f) => (await import("@/lib/server/actions/question-sets")).moveSetItemAction(form({ setId: f.setId, itemId: f.itemId, direction: "down" })), denials: { anonymous: "signin", student: "forbidden", otherInstructor: "notFound" } },
  "question-sets.createCustomQuestionAction": {
    call: async (f) => (await import("@/lib/server/actions/question-sets")).createCustomQuestionAction(empty, form({ setId: f.setId, type: "truefalse", prompt: "ICE is part of DHS.", answer: "true", explanation: "ICE is a DHS component.", difficulty: "easy" })),
    denials: { anonymous: "signin", student: "forbidden", otherInstructor: "notFound" },
  },
  "assignments.createAssignmentAction": {
    call: async (f) =>
      (await import("@/lib/server/actions/assignments")).createAssignmentAction(empty, form({ classId: f.classId, setId: f.setId, title: "Nope", opensAt: "2026-01-01T09:00", dueAt: "2026-12-01T09:00", timeZone: "UTC", gradingMethod: "highest", feedback: "immediately", lateWork: "accept" })),
    denials: { anonymous: "signin", student: "forbidden", otherInstructor: "notFound" },
  },
  "assignments.startAssignmentAction": { call: async () => (await import("@/lib/server/actions/assignments")).startAssignmentAction(empty, form({ assignmentId: "cnotanassignment000000000" })), denials: { anonymous: "signin", instructor: "forbidden" } },
  "quiz.startQuiz": { call: async () => (await import("@/lib/server/actions/quiz")).startQuiz(empty, form({ mode: "practice", count: "3" })), denials: { anonymous: "signin" } },
  "quiz.retryMistakes": { call: async () => (await import("@/lib/server/actions/quiz")).retryMistakes(empty, form({})), denials: { anonymous: "signin" } },
  "quiz.saveQuizAnswer": { call: async (f) => (await import("@/lib/server/actions/quiz")).saveQuizAnswer(f.attemptId, { answerId: crypto.randomUUID(), position: 0, answer: { type: "truefalse", value: true } }), denials: { anonymous: "signin", instructor: "refused" } },
  "quiz.finishQuiz": { call: async (f) => (await import("@/lib/server/actions/quiz")).finishQuiz(f.attemptId), denials: { anonymous: "signin", instructor: "refused" } },
  "review.saveReviewSettingsAction": { call: async () => (await import("@/lib/server/actions/review")).saveReviewSettingsAction(empty, form({ desiredRetention: "0.9" })), denials: { anonymous: "signin" } },
  "review.adoptBrowserTimeZone": { call: async () => (await import("@/lib/server/actions/review")).adoptBrowserTimeZone("Europe/Berlin"), denials: { anonymous: "signin" } },
  "review.cardAction": { call: async () => (await import("@/lib/server/actions/review")).cardAction("suspend" as never, { cardId: "cnotacard00000000000000000" }), denials: { anonymous: "signin", student: "refused" } },
  "review.optimizeAction": { call: async () => (await import("@/lib/server/actions/review")).optimizeAction(), denials: { anonymous: "signin" } },
  "review.applyParametersAction": { call: async () => (await import("@/lib/server/actions/review")).applyParametersAction({} as never, form({})), denials: { anonymous: "signin" } },
};

let fixtures: Fixtures;
const users: Partial<Record<Persona, { id: string }>> = {};

beforeAll(async () => {
  await seed(db, { demoAccounts: false });
  const make = (email: string, role: string) => db.user.create({ data: { email, name: email, role, passwordHash: null } });
  users.student = await make("s@example.com", "student");
  users.instructor = await make("i@example.com", "instructor");
  users.otherInstructor = await make("o@example.com", "instructor");
  const cls = await db.class.create({ data: { name: "A", instructorId: users.instructor.id, joinCode: "ABCDEFGH" } });
  await db.enrollment.create({ data: { classId: cls.id, userId: users.student.id } });
  const set = await db.questionSet.create({ data: { ownerId: users.instructor.id, title: "Set" } });
  const item = await db.questionSetItem.create({ data: { setId: set.id, position: 0, kind: "question", questionId: "hsi-q-stands-for" } });
  const attempt = await db.quizAttempt.create({ data: { userId: users.student.id, mode: "practice", sectionIds: "[]", seed: "x", maxScore: 0 } });
  fixtures = { classId: cls.id, setId: set.id, itemId: item.id, memberId: users.student.id, attemptId: attempt.id };
});

const digestOf = (error: unknown) => String((error as { digest?: string })?.digest ?? (error as Error)?.message ?? error);

async function snapshot() {
  const [classes, enrollments, sets, items, questions, assignments, attempts, settings] = await Promise.all([
    db.class.findMany({ orderBy: { id: "asc" } }),
    db.enrollment.count(),
    db.questionSet.findMany({ orderBy: { id: "asc" } }),
    db.questionSetItem.findMany({ orderBy: { id: "asc" } }),
    db.question.count(),
    db.assignment.count(),
    db.quizAttempt.findMany({ orderBy: { id: "asc" } }),
    db.reviewSettings.count(),
  ]);
  return JSON.stringify({ classes, enrollments, sets, items, questions, assignments, attempts, settings });
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
    for (const [persona, denial] of Object.entries(entry.denials) as [Persona, Denial][]) {
      it(`${name} as ${persona}: ${denial}, nothing changed`, async () => {
        signInAs(persona === "anonymous" ? null : users[persona]!);
        const before = await snapshot();
        let outcome: unknown;
        let thrown: unknown;
        try {
          outcome = await entry.call(fixtures);
        } catch (error) {
          thrown = error;
        }
        if (denial === "signin") expect(digestOf(thrown)).toMatch(/NEXT_REDIRECT.*\/sign-in/);
        if (denial === "forbidden") expect(digestOf(thrown)).toMatch(/NEXT_HTTP_ERROR_FALLBACK;403/);
        if (denial === "notFound") expect(digestOf(thrown)).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/);
        if (denial === "refused") {
          expect(thrown === undefined ? "" : digestOf(thrown)).not.toMatch(/NEXT_REDIRECT/);
          // Actions answer in their own shapes: { ok: false } or { kind: "error" } both say no.
          if (thrown === undefined) expect(JSON.stringify(outcome)).toMatch(/"ok":false|"kind":"error"/);
        }
        expect(await snapshot()).toBe(before);
      });
    }
  }
});
