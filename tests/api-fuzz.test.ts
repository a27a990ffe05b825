import fc from "fast-check";
import { fuzzOptions, fuzzRuns } from "@/tests/fuzz-options";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/server/db";
import { seed } from "@/lib/db/seed";
import { bodyArbitrary, garbageId, queryArbitrary } from "@/tests/api-fuzz/arbitraries";
import { check, statuses, type Expectation } from "@/tests/api-fuzz/check";
import { discoverRoutes, undeclared, type Handler, type Persona, type RouteMethod } from "@/tests/api-fuzz/discover";
import { edgeBodyArbitrary, edgeQueryArbitrary } from "@/tests/api-fuzz/edges";
import { buildWorld, SLOTS, type Slot, type World } from "@/tests/api-fuzz/fixtures";
import { forget, isValidBody, isValidQuery } from "@/tests/api-fuzz/harness";

// Every /api/v1 route handler, found in app/api/v1 with its declaration, fed malformed input by fast-check:
// wrong types, missing and extra fields, huge and unicode strings, unsafe numbers, invalid JSON,
// garbage and other people's ids. Each call must be refused with a 4xx and an `error` message,
// must not throw, and must leave every table exactly as it was. Inputs the route's own zod schema
// accepts are skipped there; a last pass sends exactly those (right shape, awkward values) and
// requires no 5xx, and nothing saved whenever the answer is a refusal. Seeds and run counts: tests/fuzz-options.ts.

vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: (await import("@/tests/auth-mock")).getServerSession }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const REFUSED: Expectation = { refused: [400, 404, 405, 409, 413, 422, 429] };
// The one valid input of DELETE /api/v1/account deletes the caller (lib/server/account.test.ts covers it).
const DESTRUCTIVE = new Set(["DELETE /api/v1/account"]);
const routes = await discoverRoutes();
const calls = { body: 0, query: 0, ids: 0, ignored: 0, edge: 0 };

let world: World;
beforeAll(async () => {
  await seed(db);
  world = await buildWorld();
  forget();
}, 60_000);

afterAll(() => {
  if (process.env.FUZZ_VERBOSE) console.info([...statuses].map(([k, n]) => `${k}: ${n}`).join("\n"));
  const total = Object.values(calls).reduce((a, b) => a + b, 0);
  console.info(`api-fuzz: ${routes.length} route methods, ${total} calls (${Object.entries(calls).map(([k, n]) => `${k} ${n}`).join(", ")})`);
});

const name = (rm: RouteMethod) => `${rm.method} ${rm.route}`;
const slotOf = (segment: { name: string; parent: string }) => `${segment.parent}/[${segment.name}]`;
const isSlot = (slot: string): slot is Slot => (SLOTS as readonly string[]).includes(slot);
const ownedParams = (rm: RouteMethod, persona: Persona) => Object.fromEntries(rm.segments.map((s) => [s.name, world.owned[persona][slotOf(s) as Slot]]));
const sampleOf = (rm: RouteMethod, persona: Persona) => rm.sample!(world.mine[persona]);
const as = (persona: Persona) => ({ persona, user: world.users[persona] });
const sampleQuery = (rm: RouteMethod, persona: Persona) => `?${new URLSearchParams(sampleOf(rm, persona) as Record<string, string>)}`;

describe("discovery", () => {
  it("finds every /api/v1 handler, each declared with route() (who may call it, how it reads its input)", async () => {
    expect(routes.length).toBeGreaterThanOrEqual(37);
    expect(undeclared, "build these with route() from lib/server/route.ts").toEqual([]);
    expect(routes.flatMap((r) => r.segments.map(slotOf).filter((s) => !isSlot(s)).map((s) => `${name(r)}: no fixture for ${s}`))).toEqual([]);
    const parsing = routes.filter((r) => r.input.kind === "body" || r.input.kind === "query");
    expect(parsing.filter((r) => !r.sample).map(name), "declare a valid `sample` for these routes").toEqual([]);
    expect(routes.filter((r) => r.sample && !parsing.includes(r)).map(name), "a sample for a route that reads no input").toEqual([]);
    for (const rm of parsing) {
      if (rm.input.kind !== "body" && rm.input.kind !== "query") continue;
      const schema = rm.input.schema;
      for (const persona of rm.personas) expect(schema.safeParse(sampleOf(rm, persona)).success, `${name(rm)}: its sample must be valid`).toBe(true);
    }
  });
});

describe("the checker", () => {
  // The fuzz properties are only as good as this check: each kind of failure must be caught.
  const fake: RouteMethod = { file: "", route: "/api/v1/fake/[id]", method: "POST", segments: [{ name: "id", parent: "fake" }], personas: ["instructor"], input: { kind: "none" }, handler: () => new Response() };
  const refuse = () => Response.json({ error: "Invalid input." }, { status: 422 });
  const cases: [string, Handler, RegExp][] = [
    ["a thrown error", () => Promise.reject(new Error("boom")), /the handler threw[\s\S]*boom/],
    ["a 500", () => Response.json({ error: "oops" }, { status: 500 }), /status 500/],
    ["a 2xx", () => Response.json({ ok: true }, { status: 201 }), /status 201/],
    ["a refusal without an error message", () => new Response("no", { status: 422 }), /no `error` message/],
    ["a row saved on refused input", async () => (await db.class.create({ data: { name: "Leak", instructorId: world.users.instructor.id } }), refuse()), /class\.count \d+ -> \d+/],
    ["a row changed on refused input", async () => (await db.questionSet.update({ where: { id: world.mine.instructor.setId }, data: { title: "Changed" } }), refuse()), /questionSet\.rows changed/],
  ];
  it.each(cases)("catches %s", async (_label, handler, message) => {
    try {
      await expect(check(handler, fake, as("instructor"), { id: "x" }, { body: "{}" }, REFUSED)).rejects.toThrow(message);
    } finally {
      await db.class.deleteMany({ where: { name: "Leak" } });
      await db.questionSet.update({ where: { id: world.mine.instructor.setId }, data: { title: "Set" } });
      forget();
    }
  });

  it("passes a clean refusal", async () => {
    await expect(check(refuse, fake, as("instructor"), { id: "x" }, { body: "{}" }, REFUSED)).resolves.toBeUndefined();
  });
});

for (const rm of routes) {
  for (const persona of rm.personas) {
    describe(`${name(rm)} as ${persona}`, () => {
      const input = rm.input;

      if (input.kind === "body") {
        it("answers malformed bodies with a 4xx and saves nothing", async () => {
          const { handler } = rm;
          const schema = input.schema;
          await fc.assert(
            fc.asyncProperty(bodyArbitrary(sampleOf(rm, persona)), async (body) => {
              fc.pre(!isValidBody(schema, body));
              calls.body += 1;
              await check(handler, rm, as(persona), ownedParams(rm, persona), { body }, REFUSED);
            }),
            fuzzOptions,
          );
        }, 60_000);
      }

      if (input.kind === "query") {
        it("answers malformed query strings with a 4xx and saves nothing", async () => {
          const { handler } = rm;
          const schema = input.schema;
          await fc.assert(
            fc.asyncProperty(queryArbitrary(sampleOf(rm, persona)), async (query) => {
              fc.pre(!isValidQuery(schema, query));
              calls.query += 1;
              await check(handler, rm, as(persona), ownedParams(rm, persona), { query }, REFUSED);
            }),
            fuzzOptions,
          );
        }, 60_000);
      }

      if (rm.segments.length > 0) {
        it("answers ids that are not the caller's (garbage, unknown, someone else's) with a 404 and saves nothing", async () => {
          const { handler } = rm;
          // Each segment: the caller's own id, garbage, another user's record, or any fixture id in the
          // wrong place; at least one segment is not the caller's.
          const choice = (slot: Slot) =>
            fc.oneof(
              fc.constant({ id: world.owned[persona][slot], mine: true }),
              garbageId.map((id) => ({ id, mine: false })),
              fc.constantFrom(...world.foreign[persona][slot]).map((id) => ({ id, mine: false })),
              fc.constantFrom(...world.allIds.filter((id) => id !== world.owned[persona][slot])).map((id) => ({ id, mine: false })),
            );
          const ids = fc.record(Object.fromEntries(rm.segments.map((s) => [s.name, choice(slotOf(s) as Slot)]))).filter((r) => Object.values(r).some((v) => !v.mine));
          // With a valid body (or none) only the id is wrong: exactly 404. With a malformed body
          // either refusal may come first.
          const valid = input.kind === "body" ? JSON.stringify(sampleOf(rm, persona)) : undefined;
          const bodies = input.kind === "body" ? fc.oneof(fc.constant(valid), bodyArbitrary(sampleOf(rm, persona))) : fc.constant(undefined);
          await fc.assert(
            fc.asyncProperty(ids, bodies, async (picked, body) => {
              calls.ids += 1;
              const params = Object.fromEntries(Object.entries(picked).map(([k, v]) => [k, v.id]));
              const sent = input.kind === "query" ? { query: sampleQuery(rm, persona) } : { body };
              await check(handler, rm, as(persona), params, sent, body === undefined || body === valid ? { refused: [404] } : REFUSED);
            }),
            fuzzOptions,
          );
        }, 60_000);
      }

      if (input.kind === "none" && rm.method === "GET") {
        it("ignores a stray query string: no 5xx, nothing saved", async () => {
          // Handlers that read no input: junk in the query must change nothing (bodies cannot go with GET).
          const { handler } = rm;
          await fc.assert(
            fc.asyncProperty(queryArbitrary({ limit: "1", section: "x", id: "x" }), async (query) => {
              calls.ignored += 1;
              await check(handler, rm, as(persona), ownedParams(rm, persona), { query }, "read-only");
            }),
            { ...fuzzOptions, numRuns: Math.max(3, Math.round(fuzzRuns / 5)) },
          );
        }, 60_000);
      }
    });
  }
}

// Last, because accepted inputs may legitimately write (new classes, graded cards, joined codes).
describe("inputs of the right shape with awkward values", () => {
  for (const rm of routes) {
    const input = rm.input;
    if ((input.kind !== "body" && input.kind !== "query") || DESTRUCTIVE.has(name(rm))) continue;
    for (const persona of rm.personas) {
      it(`${name(rm)} as ${persona}: no 5xx, and a refusal saves nothing`, async () => {
        const { handler } = rm;
          const schema = input.schema;
        const sample = sampleOf(rm, persona);
        const arbitrary = input.kind === "body" ? edgeBodyArbitrary(sample) : edgeQueryArbitrary(sample);
        await fc.assert(
          fc.asyncProperty(arbitrary, async (text) => {
            fc.pre(input.kind === "body" ? isValidBody(schema, text) : isValidQuery(schema, text));
            calls.edge += 1;
            await check(handler, rm, as(persona), ownedParams(rm, persona), input.kind === "body" ? { body: text } : { query: text }, "edge");
          }),
          fuzzOptions,
        );
      }, 60_000);
    }
  }
});
