import fc from "fast-check";
import { fuzzOptions, fuzzRuns } from "@/tests/fuzz-options";
import { forbidden, notFound, redirect } from "next/navigation";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seed } from "@/lib/db/seed";
import { db } from "@/lib/server/db";
import { initialFormState } from "@/lib/view/form-state";
import { createSelfStudyAttempt } from "@/lib/server/quiz/service";
import { garbageId, mutate, pathsOf, type Op, type Path } from "@/tests/api-fuzz/arbitraries";
import { buildWorld, type World } from "@/tests/api-fuzz/fixtures";
import { forget } from "@/tests/api-fuzz/harness";
import { answers, check, type Call, type Expectation } from "@/tests/actions-fuzz/check";
import { argValue, edgeArgsArbitrary, edgeFormArbitrary, entriesOf, fileOf, malformedArgsArbitrary, malformedFormArbitrary, ONE_MB, preview, printable, toFormData, type Entries, type FormValue } from "@/tests/actions-fuzz/inputs";
import { table, undeclared, type Ctx, type Entry, type IdKind, type Persona } from "@/tests/actions-fuzz/table";

// Every server action in lib/server/actions, called by a persona who may use it, with malformed input:
// form fields wrong, missing, extra, repeated, 1 MB long, unicode, NUL, files, badly typed numbers;
// plain arguments of every wrong kind; garbage and other people's ids. Each call must be refused (a
// result that says no, with a message, or notFound()), must not throw anything else, and must leave
// every table as it was. Inputs the action's own parser accepts (read from its declaration by
// tests/actions-fuzz/table.ts) are
// skipped by the fuzzer; a listed pass breaks each field in each of a fixed set of ways, and a last
// pass sends right-shaped inputs with awkward values: there a valid input may write, but nothing may
// crash and a refusal saves nothing. Seeds and run counts: tests/fuzz-options.ts.

vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: (await import("@/tests/auth-mock")).getServerSession }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const calls = { malformed: 0, listed: 0, ids: 0, edge: 0 };

// The values the listed pass puts in each field or argument in turn (the fuzzer draws from many more).
const LISTED_FORM: FormValue[] = [ONE_MB, fileOf("text"), "", " ", "-1", "1e309", "9007199254740993", "2147483648", "NaN", "\u0000", "👩🏽‍🚀\u202Eevil", "e\u0301\u0301", "\ud800", "שלום"];
const LISTED_ARGS: unknown[] = [null, undefined, [], {}, ONE_MB, "", -1, Infinity, Number.NaN, 2 ** 53 + 1, 2 ** 31, "\u0000", "🙂\u202E", true, 10n];
// Previous form states a client may send with useActionState; FormState actions must not care.
const previousState = fc.oneof({ weight: 4, arbitrary: fc.constant<unknown>(initialFormState) }, { weight: 1, arbitrary: fc.constantFrom<unknown>(null, undefined, {}, [], "x", 42, { ok: true, message: "", errors: {} }) });

let world: World;
let victim: { id: string };
let typedAttemptId: string;

beforeAll(async () => {
  await seed(db);
  world = await buildWorld();
  victim = await db.user.create({ data: { email: "fuzz-victim@example.com", name: "Victim", role: "student", passwordHash: null }, select: { id: true } });
  await db.enrollment.create({ data: { classId: world.mine.instructor.classId, userId: victim.id } });
  const typed = await createSelfStudyAttempt(world.users.student.id, { mode: "practice", sectionIds: [world.mine.student.sectionId], count: 3, types: ["typed"] }, new Date());
  if (typed.status === "invalid") throw new Error(`typed attempt: ${JSON.stringify(typed.issues)}`);
  typedAttemptId = typed.id;
  forget();
}, 60_000);

afterAll(() => {
  if (process.env.FUZZ_VERBOSE) console.info([...answers].map(([k, n]) => `${k}: ${n}`).join("\n"));
  const total = Object.values(calls).reduce((a, b) => a + b, 0);
  console.info(`actions-fuzz: ${Object.keys(table).length} actions, ${total} calls (${Object.entries(calls).map(([k, n]) => `${k} ${n}`).join(", ")})`);
});

const side = (persona: Persona) => (persona === "instructor" ? "instructor" : "student");
const userOf = (persona: Persona) => (persona === "anonymous" ? null : persona === "victim" ? victim : world.users[persona]);
const ctxOf = (entry: Entry): Ctx => ({ ...world.mine[side(entry.persona)], victimId: victim.id, typedAttemptId });
const sampleOf = (entry: Entry): Entries | unknown[] => (entry.form ? entriesOf(entry.sample(ctxOf(entry))) : entry.sample(ctxOf(entry)));
// Inputs as fast-check prints them in a counterexample: shortened, as in the checker's own message.
const shown = (entry: Entry) => (input: Entries | unknown[]) => printable(input, () => preview(input, entry.form));
const accepted = (entry: Entry, input: Entries | unknown[]) => (entry.form ? entry.accepts(toFormData(input as Entries)) : (entry.accepts?.(input as unknown[]) ?? true));

// The call of `entry` with `input` (and, for form actions, the previous state) as the checker makes it.
function callOf(name: string, entry: Entry, input: Entries | unknown[], previous: unknown = initialFormState): Call {
  return {
    name,
    persona: entry.persona,
    user: userOf(entry.persona),
    verdict: entry.verdict,
    sent: () => `${preview(input, entry.form)}${entry.form && previous !== initialFormState ? `; previous state ${fc.stringify(previous)}` : ""}`,
    run: () => (entry.form ? entry.run(toFormData(input as Entries), previous) : entry.run(...(input as unknown[]))),
  };
}

const DELETE = Symbol("delete");

// `input` with one field (form) or one place (arguments, "1.cardId") changed; "delete" leaves it out.
function changed(entry: Entry, input: Entries | unknown[], at: string, value: FormValue | unknown | typeof DELETE): Entries | unknown[] {
  if (entry.form) {
    const entries = input as Entries;
    return value === DELETE ? entries.filter(([k]) => k !== at) : entries.map(([k, v]) => [k, k === at ? (value as FormValue) : v]);
  }
  const where: Path = at === "" ? [] : at.split(".").map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const op: Op = value === DELETE ? { kind: "delete" } : { kind: "replace", value };
  const out = mutate(input, where, op);
  return Array.isArray(out) ? out : [out];
}

const otherSide = (entry: Entry) => (side(entry.persona) === "student" ? "instructor" : "student");
const ownedOf = (entry: Entry, kind: IdKind) => (kind === "cards" ? world.mine[side(entry.persona)].cardId : kind === "study-targets" ? world.mine[side(entry.persona)].targetId : world.owned[side(entry.persona)][kind]);
const foreignOf = (entry: Entry, kind: IdKind) => (kind === "cards" ? [world.mine[otherSide(entry)].cardId] : kind === "study-targets" ? [world.mine[otherSide(entry)].targetId] : world.foreign[side(entry.persona)][kind]);

describe("discovery", () => {
  it("every exported server action is built from a declaration (lib/server/action.ts)", () => {
    expect(undeclared, "declare these actions with statefulFormAction, formAction or argsAction").toEqual([]);
    expect(Object.keys(table).length).toBeGreaterThanOrEqual(42);
  });

  it("every sample is valid by its entry's own `accepts`", () => {
    for (const [name, entry] of Object.entries(table)) expect(accepted(entry, sampleOf(entry)), name).toBe(true);
  });
});

describe("the checker", () => {
  // The properties below are only as good as this check: each kind of failure must be caught.
  const fake = (run: () => Promise<unknown>): Call => ({ name: "fake.action", persona: "instructor", user: world.users.instructor, sent: () => "(fake)", run });
  const cases: [string, () => Promise<unknown>, RegExp][] = [
    ["a thrown TypeError", () => Promise.reject(new TypeError("boom")), /the action threw[\s\S]*boom/],
    ["a refusal without a message", async () => ({ ok: false, message: " ", errors: {} }), /a refusal without a message/],
    ["success on malformed input", async () => ({ ok: true, message: "Saved.", errors: {} }), /accepted, expected a refusal/],
    ["a redirect on malformed input", async () => redirect("/teach"), /redirect, expected a refusal/],
    ["forbidden() for a persona who may call", async () => forbidden(), /forbidden: but this persona may use the action/],
    ["a row saved with a refusal", async () => (await db.class.create({ data: { name: "Leak", instructorId: world.users.instructor.id } }), { ok: false, message: "No." }), /class\.count \d+ -> \d+/],
    ["a row changed before notFound()", async () => (await db.questionSet.update({ where: { id: world.mine.instructor.setId }, data: { title: "Changed" } }), notFound()), /questionSet\.rows changed/],
  ];
  it.each(cases)("catches %s", async (_label, run, message) => {
    try {
      await expect(check(fake(run), "refused")).rejects.toThrow(message);
    } finally {
      await db.class.deleteMany({ where: { name: "Leak" } });
      await db.questionSet.update({ where: { id: world.mine.instructor.setId }, data: { title: "Set" } });
      forget();
    }
  });

  it("passes a clean refusal and notFound()", async () => {
    await expect(check(fake(async () => ({ kind: "error", message: "No such quiz." })), "refused")).resolves.toBeUndefined();
    await expect(check(fake(async () => notFound()), "refused")).resolves.toBeUndefined();
  });
});

for (const [name, entry] of Object.entries(table)) {
  describe(`${name} as ${entry.persona}`, () => {
    const readOnly = !entry.form && !entry.accepts;

    it(readOnly ? "ignores any arguments: no crash, nothing saved" : "refuses malformed input and saves nothing", async () => {
      const sample = sampleOf(entry);
      const expected: Expectation = readOnly ? "read-only" : "refused";
      const inputs = (entry.form ? malformedFormArbitrary(sample as Entries) : malformedArgsArbitrary(sample as unknown[])).map(shown(entry));
      await fc.assert(
        fc.asyncProperty(inputs, previousState, async (input, previous) => {
          fc.pre(readOnly || !accepted(entry, input));
          calls.malformed += 1;
          await check(callOf(name, entry, input, previous), expected);
        }),
        fuzzOptions,
      );
    }, 60_000);

    if (!readOnly) {
      it("answers each field or argument broken in each listed way: a refusal, or no crash where still valid", async () => {
        const sample = sampleOf(entry);
        const places = entry.form ? [...new Set((sample as Entries).map(([k]) => k))] : pathsOf(sample).map((p) => p.join("."));
        const values = entry.form ? LISTED_FORM : LISTED_ARGS;
        const inputs = [[], ...places.flatMap((at) => [DELETE, ...values].map((v) => changed(entry, sample, at, v)))];
        // Still-valid inputs (a blank optional field, NUL in a free-text field) may write, but never the destructive ones.
        for (const input of inputs) {
          const valid = accepted(entry, input);
          if (valid && entry.destructive) continue;
          calls.listed += 1;
          await check(callOf(name, entry, input), valid ? "edge" : "refused");
        }
      }, 60_000);
    }

    if (entry.form) {
      it("refuses an argument that is not a FormData (a hand-made call) with notFound(), saving nothing", async () => {
        const run = entry.run as (data: unknown, previous: unknown) => Promise<unknown>;
        await fc.assert(
          fc.asyncProperty(argValue, async (value) => {
            calls.malformed += 1;
            await check({ name, persona: entry.persona, user: userOf(entry.persona), sent: () => fc.stringify(value), run: () => run(value, initialFormState) }, "refused");
          }),
          { ...fuzzOptions, numRuns: Math.max(5, Math.round(fuzzRuns / 3)) },
        );
      }, 60_000);
    }

    const ids = entry.ids;
    if (ids) {
      it("refuses ids that are not the caller's (garbage, unknown, someone else's) and saves nothing", async () => {
        // Each id: the caller's own, garbage, another user's record, or any fixture id in the wrong
        // place; at least one is not the caller's. The rest of the input is the valid sample.
        const choice = (kind: IdKind) =>
          fc.oneof(
            fc.constant({ id: ownedOf(entry, kind), mine: true }),
            garbageId.map((id) => ({ id, mine: false })),
            fc.constantFrom(...foreignOf(entry, kind)).map((id) => ({ id, mine: false })),
            fc.constantFrom(...world.allIds.filter((id) => id !== ownedOf(entry, kind))).map((id) => ({ id, mine: false })),
          );
        const inputs = fc
          .record(Object.fromEntries(Object.entries(ids).map(([at, kind]) => [at, choice(kind)])))
          .filter((r) => Object.values(r).some((v) => !v.mine))
          .map((picked) => Object.entries(picked).reduce((input, [at, v]) => changed(entry, input, at, v.id), sampleOf(entry)))
          .map(shown(entry));
        await fc.assert(
          fc.asyncProperty(inputs, async (input) => {
            calls.ids += 1;
            await check(callOf(name, entry, input), "refused");
          }),
          fuzzOptions,
        );
      }, 60_000);
    }
  });
}

// Last, because accepted inputs may legitimately write (new classes, finished quizzes, removed items).
describe("inputs of the right shape with awkward values", () => {
  for (const [name, entry] of Object.entries(table)) {
    if (entry.destructive || (!entry.form && !entry.accepts)) continue;
    it(`${name} as ${entry.persona}: no crash, a refusal saves nothing, malformed ones are refused`, async () => {
      const sample = entry.sample(ctxOf(entry));
      const inputs = (entry.form ? edgeFormArbitrary(sample as Record<string, string | string[]>) : edgeArgsArbitrary(sample as unknown[])).map(shown(entry));
      await fc.assert(
        fc.asyncProperty(inputs, async (input) => {
          calls.edge += 1;
          await check(callOf(name, entry, input), accepted(entry, input) ? "edge" : "refused");
        }),
        fuzzOptions,
      );
    }, 60_000);
  }
});
