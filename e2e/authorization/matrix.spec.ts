import { expect, test, type APIRequestContext } from "@playwright/test";
import { demoInstructor, demoPassword, demoStudent } from "../fixtures/accounts";
import { runDbScript } from "../fixtures/database";
import { signedInRequest } from "../fixtures/http-session";
import { declaredApiRoutes, discoverRoutes } from "./discover";
import { declaredCases, pageCases, personas, type Fixtures, type Outcome, type Persona } from "./routes";

// Every page and route handler, called as each kind of visitor, against the outcome the matrix
// expects; and a check that no route in app/ is missing from the matrix. Pages run first: the
// declared routes finish the student's attempt and remove rows.

const declared = declaredApiRoutes();
const routeCases = [...pageCases, ...declaredCases(declared.routes)];

test("every page and route handler has an entry in the authorization matrix", () => {
  expect(declared.undeclared, "declare these API route methods with route() (lib/server/route.ts)").toEqual([]);
  const listed = new Set(routeCases.map((c) => `${c.method} ${c.route}`));
  const missing = discoverRoutes().filter((r) => !listed.has(`${r.method} ${r.route}`)).map((r) => `${r.method} ${r.route}`);
  expect(missing, "declare these routes with route(), or list the page in e2e/authorization/routes.ts").toEqual([]);
  const existing = new Set(discoverRoutes().map((r) => `${r.method} ${r.route}`));
  expect([...listed].filter((key) => !existing.has(key)), "matrix entries for routes that no longer exist").toEqual([]);
});

test.describe("authorization matrix", () => {
  test.describe.configure({ mode: "default" });
  const clients = new Map<Persona, APIRequestContext>();
  let fixtures: Fixtures;

  test.beforeAll(async ({ baseURL }) => {
    const made = runDbScript<Omit<Fixtures, "attemptId" | "assignmentAttemptId" | "cardId"> & { otherStudentEmail: string; otherInstructorEmail: string }>("e2e/authorization/create-fixtures.ts", [demoPassword]);
    const otherStudent = { email: made.otherStudentEmail };
    const otherInstructor = { email: made.otherInstructorEmail };
    const sectionId = made.sectionId;
    const accounts: Record<Persona, { email: string; password: string } | null> = {
      anonymous: null,
      student: demoStudent,
      otherStudent: { email: otherStudent.email, password: demoPassword },
      otherInstructor: { email: otherInstructor.email, password: demoPassword },
      instructor: demoInstructor,
    };
    for (const persona of personas) clients.set(persona, await signedInRequest(baseURL!, accounts[persona]));

    // The student's own attempt and card, made through the API as a learner would.
    const studentClient = clients.get("student")!;
    const attempt = await (await studentClient.post("/api/v1/quiz-attempts", { data: { mode: "practice", sectionIds: [sectionId], count: 3 } })).json();
    const queue = await (await studentClient.get(`/api/v1/review/queue?limit=5&section=${sectionId}`)).json();
    const started = await (await studentClient.post(`/api/v1/assignments/${made.assignmentId}/attempts`, { data: {} })).json();
    fixtures = { ...made, attemptId: attempt.attempt.id, assignmentAttemptId: started.attemptId, cardId: queue.queue.items[0].cardId };
  });

  test.afterAll(async () => {
    for (const client of clients.values()) await client.dispose();
  });

  const matches = (outcome: Outcome, status: number, location: string | undefined) => {
    if (outcome === "ok") return status >= 200 && status < 300;
    if (outcome === "allowed") return (status >= 200 && status < 300) || status === 409 || status === 422;
    if (outcome === "reached") return (status >= 200 && status < 300) || status === 404 || status === 409 || status === 422;
    if (outcome === "answered") return status !== 401 && status !== 403 && status < 500;
    if (outcome === "signin") return status >= 300 && status < 400 && (location ?? "").includes("/sign-in");
    if (outcome === "redirect") return status >= 300 && status < 400 && !(location ?? "").includes("/sign-in");
    return status === outcome;
  };

  for (const routeCase of routeCases) {
    test(`${routeCase.method} ${routeCase.route}`, async () => {
      const failures: string[] = [];
      // Those let through go last: their call may change what the others would see (e.g. a removal).
      const letThrough = (p: Persona) => Number(typeof routeCase.expect[p] === "string" && routeCase.expect[p] !== "signin");
      for (const persona of [...personas].sort((a, b) => letThrough(a) - letThrough(b))) {
        const client = clients.get(persona)!;
        const url = routeCase.url(fixtures);
        const response = await client.fetch(url, {
          method: routeCase.method,
          data: routeCase.body ? routeCase.body(fixtures) : undefined,
          maxRedirects: 0,
        });
        const status = response.status();
        const expected = routeCase.expect[persona];
        if (!matches(expected, status, response.headers()["location"])) failures.push(`${persona}: expected ${expected}, got ${status} ${response.headers()["location"] ?? ""}`);
      }
      expect(failures, `${routeCase.method} ${routeCase.url(fixtures)}`).toEqual([]);
    });
  }
});
