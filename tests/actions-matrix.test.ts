import crypto from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/server/db";
import { seed } from "@/lib/db/seed";
import { generateJoinCode } from "@/lib/domain/classes/join-code";
import type { DeclaredAction, SampleRows } from "@/lib/server/action";
import { initialFormState } from "@/lib/view/form-state";
import { signInAs } from "@/tests/auth-mock";
import { discoverActions, type DiscoveredAction } from "@/tests/support/actions";

// Every server action, called with its declared sample input as each of five visitors: signed out,
// a student, a student of no class and with no attempts ("otherStudent"), an instructor of another
// class ("otherInstructor") and the owning instructor. What each visitor must get follows from the
// action's declaration (lib/server/action.ts): signed out, the sign-in page (or the declared
// answer); a role not allowed, the 403 page; rows named in the input that are not the visitor's,
// the 404 page (forms) or a refusal (components' calls); everyone else is let through. A denial
// changes nothing; being let through never crashes nor sends to sign-in. No list of actions here:
// a new action is covered as soon as it is declared.

vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: (await import("@/tests/auth-mock")).getServerSession }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const personas = ["anonymous", "student", "otherStudent", "otherInstructor", "instructor"] as const;
type Persona = (typeof personas)[number];
type Denial = "signin" | "forbidden" | "notFound" | "refused";
const roleOf = (persona: Exclude<Persona, "anonymous">) => (persona === "student" || persona === "otherStudent" ? "student" : "instructor");

// The denial `persona` must get from the action `declaration`, or undefined when let through.
function denialOf(declaration: DeclaredAction, persona: Persona): Denial | undefined {
  const { who, ids } = declaration;
  if (who === "public") return undefined;
  if (persona === "anonymous") return declaration.kind === "args" && declaration.signedOut ? "refused" : "signin";
  if (who !== "signed-in" && !who.includes(roleOf(persona))) return "forbidden";
  if (!ids || Object.keys(ids).length === 0) return undefined;
  // The rows of the sample are the owning instructor's, or (for what a student may act on) the student's.
  const owner = who !== "signed-in" && !who.includes("student") ? "instructor" : "student";
  if (persona === owner) return undefined;
  return declaration.kind === "form" ? "notFound" : "refused";
}

const formOf = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const value of [v].flat()) data.append(k, value);
  return data;
};

// The action called with its sample, as its page would call it.
function callOf({ run, declaration }: DiscoveredAction, rows: SampleRows): Promise<unknown> {
  if (declaration.kind === "args") return run(...declaration.sample(rows));
  const data = formOf(declaration.sample(rows));
  return declaration.stateful ? run(initialFormState, data) : run(data);
}

const { actions, undeclared } = await discoverActions();

type World = { users: Record<Exclude<Persona, "anonymous">, { id: string }>; fixtures: SampleRows };
let shared: World;
let worlds = 0;

// Users of the five kinds and what they own: a class (the student enrolled) with an open
// assignment of the instructor's set, the student's quiz attempt, flashcard and study target.
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
  const target = await db.studyTarget.create({ data: { userId: users.student.id, sections: JSON.stringify([flashcard.sectionId]), date: new Date(now + 30 * 86_400_000) } });
  return {
    users,
    fixtures: { classId: cls.id, joinCode: cls.joinCode!, setId: set.id, itemId: item.id, questionId: item.questionId!, sectionId: flashcard.sectionId, memberId: users.student.id, attemptId: attempt.id, assignmentId: assignment.id, cardId: card.id, targetId: target.id },
  };
}

beforeAll(async () => {
  await seed(db, { demoAccounts: false });
  shared = await buildWorld();
});

const digestOf = (error: unknown) => String((error as { digest?: string })?.digest ?? (error as Error)?.message ?? error);

async function snapshot() {
  const [users, cards, logs, classes, enrollments, sets, items, questions, assignments, attempts, settings, targets] = await Promise.all([
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
    db.studyTarget.findMany({ orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ users, cards, logs, classes, enrollments, sets, items, questions, assignments, attempts, settings, targets });
}

describe("server actions authorization", () => {
  it("every exported server action is built from a declaration", () => {
    expect(undeclared, "declare these actions with statefulFormAction, formAction or argsAction (lib/server/action.ts)").toEqual([]);
  });

  for (const action of actions) {
    for (const persona of personas) {
      const denial = denialOf(action.declaration, persona);
      if (denial) {
        it(`${action.name} as ${persona}: ${denial}, nothing changed`, async () => {
          signInAs(persona === "anonymous" ? null : shared.users[persona]);
          const before = await snapshot();
          const { outcome, thrown } = await settle(() => callOf(action, shared.fixtures));
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
        it(`${action.name} as ${persona}: let through`, async () => {
          // A world of its own: being let through may change it (join, delete the account...).
          const world = await buildWorld();
          signInAs(persona === "anonymous" ? null : world.users[persona]);
          const { thrown } = await settle(() => callOf(action, world.fixtures));
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
