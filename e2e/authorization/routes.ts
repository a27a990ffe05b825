import type { SampleRows } from "@/lib/server/sample-rows";
import type { DeclaredApiRoute } from "./discover";

// The authorization matrix: every page and route handler, with what each kind of visitor gets.
// e2e/authorization/matrix.spec.ts runs it. Pages and the routes no declaration describes (next-auth,
// the service worker) are listed here; every API route is read from its declaration
// (lib/server/route.ts), with what each visitor gets derived from who may call it and the rows it
// names, so a new API route is walked without an entry here.

export const personas = ["anonymous", "student", "otherStudent", "otherInstructor", "instructor"] as const;
export type Persona = (typeof personas)[number];

// "ok": 2xx; "allowed": past the access checks (2xx, or 409/422 on the body we send);
// "reached": past the access checks of a route that names no row, where a 404 is the domain's
// "there is none" (no review to undo), not a denial; "answered": a public route, any answer but a
// denial or a crash; "signin": a page redirect to sign-in; otherwise the HTTP status expected.
// "redirect": sent on elsewhere (not to sign-in), e.g. a signed-in visitor of the landing page.
export type Outcome = "ok" | "allowed" | "reached" | "answered" | "signin" | "redirect" | 401 | 403 | 404;

// Records the matrix runs against (created by the spec): the student is in the instructor's class
// and owns the attempt, the card and the study target; the other instructor has a class of their
// own; an open class takes anyone with its join code.
export type Fixtures = {
  classId: string;
  otherClassId: string;
  openJoinCode: string;
  setId: string;
  itemId: string;
  questionId: string;
  assignmentId: string;
  attemptId: string;
  // The student's attempt at the assignment (started by the spec through the API).
  assignmentAttemptId: string;
  cardId: string;
  targetId: string;
  sectionId: string;
  removableStudentId: string;
  removableAssignmentId: string;
  removableClassId: string;
  removableSetId: string;
};

export type RouteCase = {
  route: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  url: (f: Fixtures) => string;
  body?: (f: Fixtures) => unknown;
  expect: Record<Persona, Outcome>;
};

const page = (route: string, url: RouteCase["url"], expect: RouteCase["expect"]): RouteCase => ({ route, method: "GET", url, expect });
const publicPage = (route: string): RouteCase =>
  page(route, () => route, { anonymous: "ok", student: "ok", otherStudent: "ok", otherInstructor: "ok", instructor: "ok" });
// Public pages a signed-in visitor is sent on from (landing → dashboard).
const anyUserPage = (route: string, url: RouteCase["url"] = () => route): RouteCase =>
  page(route, url, { anonymous: "signin", student: "ok", otherStudent: "ok", otherInstructor: "ok", instructor: "ok" });
const instructorPage = (route: string, url: RouteCase["url"] = () => route): RouteCase =>
  page(route, url, { anonymous: "signin", student: 403, otherStudent: 403, otherInstructor: "ok", instructor: "ok" });
// An instructor's own record (class, set, assignment): the other instructor gets 404.
const ownedInstructorPage = (route: string, url: RouteCase["url"]): RouteCase =>
  page(route, url, { anonymous: "signin", student: 403, otherStudent: 403, otherInstructor: 404, instructor: "ok" });
// A student's own record (attempt): nobody else sees it.
const ownedStudentPage = (route: string, url: RouteCase["url"]): RouteCase =>
  page(route, url, { anonymous: "signin", student: "ok", otherStudent: 404, otherInstructor: 404, instructor: 404 });

const api = (route: string, method: RouteCase["method"], url: RouteCase["url"], expect: RouteCase["expect"], body?: RouteCase["body"]): RouteCase => ({
  route,
  method,
  url,
  body,
  expect,
});
export const pageCases: RouteCase[] = [
  // Public
  publicPage("/sign-in"),
  publicPage("/sign-up"),
  publicPage("/forgot-password"),
  publicPage("/reset-password"),
  publicPage("/verify-email"),
  page("/", () => "/", { anonymous: "ok", student: "redirect", otherStudent: "redirect", otherInstructor: "redirect", instructor: "redirect" }),
  api("/api/auth/[...nextauth]", "GET", () => "/api/auth/csrf", { anonymous: "ok", student: "ok", otherStudent: "ok", otherInstructor: "ok", instructor: "ok" }),
  // A credentials callback without its CSRF token: next-auth refuses it with a redirect, for everyone.
  api("/api/auth/[...nextauth]", "POST", () => "/api/auth/callback/credentials", { anonymous: "redirect", student: "redirect", otherStudent: "redirect", otherInstructor: "redirect", instructor: "redirect" }, () => ({})),
  // The service worker script (the offline review), public like any static file.
  api("/serwist/[path]", "GET", () => "/serwist/sw.js", { anonymous: "ok", student: "ok", otherStudent: "ok", otherInstructor: "ok", instructor: "ok" }),
  // Any signed-in user
  anyUserPage("/dashboard"),
  anyUserPage("/account"),
  anyUserPage("/sections"),
  anyUserPage("/sections/[id]", (f) => `/sections/${f.sectionId}`),
  anyUserPage("/quiz/new"),
  anyUserPage("/history"),
  anyUserPage("/review"),
  anyUserPage("/settings"),
  anyUserPage("/progress"),
  anyUserPage("/join/[code]", () => "/join/ABCDEFGH"),
  // Instructors are sent on to their own area (/teach), which checks ownership itself.
  page("/classes", () => "/classes", { anonymous: "signin", student: "ok", otherStudent: "ok", otherInstructor: "redirect", instructor: "redirect" }),
  page("/classes/[id]", (f) => `/classes/${f.classId}`, { anonymous: "signin", student: "ok", otherStudent: 404, otherInstructor: "redirect", instructor: "redirect" }),
  page("/assignments/[id]", (f) => `/assignments/${f.assignmentId}`, { anonymous: "signin", student: "ok", otherStudent: 404, otherInstructor: "redirect", instructor: "redirect" }),

  // Quizzes: the student's own attempt
  // The address names the question shown (?q=N); without it the page redirects to the current one.
  ownedStudentPage("/quiz/[attemptId]", (f) => `/quiz/${f.attemptId}?q=1`),
  // Results open once the attempt is finished; before that its owner is sent back to it.
  page("/quiz/[attemptId]/results", (f) => `/quiz/${f.attemptId}/results`, { anonymous: "signin", student: "redirect", otherStudent: 404, otherInstructor: 404, instructor: 404 }),

  // Instructors
  instructorPage("/teach"),
  ownedInstructorPage("/teach/classes/[id]", (f) => `/teach/classes/${f.classId}`),
  ownedInstructorPage("/teach/classes/[id]/gradebook", (f) => `/teach/classes/${f.classId}/gradebook`),
  ownedInstructorPage("/teach/classes/[id]/students/[userId]", (f) => `/teach/classes/${f.classId}/students/${f.removableStudentId}`),
  ownedInstructorPage("/teach/classes/[id]/audit", (f) => `/teach/classes/${f.classId}/audit`),
  ownedInstructorPage("/teach/sets/[id]", (f) => `/teach/sets/${f.setId}`),
  ownedInstructorPage("/teach/sets/[id]/preview", (f) => `/teach/sets/${f.setId}/preview`),
  ownedInstructorPage("/teach/sets/[id]/questions/new", (f) => `/teach/sets/${f.setId}/questions/new`),
  ownedInstructorPage("/teach/assignments/[id]", (f) => `/teach/assignments/${f.assignmentId}`),
  ownedInstructorPage("/teach/assignments/[id]/edit", (f) => `/teach/assignments/${f.assignmentId}/edit`),
  ownedInstructorPage("/teach/assignments/[id]/attempts/[attemptId]", (f) => `/teach/assignments/${f.assignmentId}/attempts/${f.assignmentAttemptId}`),

];

// Whose rows are whose in the matrix's world: the student is a member of the instructor's class,
// so both may read the class and its assignments; a section, a question and a join code are open
// to everyone.
const everyone = personas.filter((p) => p !== "anonymous");
const rowOwners: Record<keyof SampleRows, readonly Persona[]> = {
  classId: ["instructor", "student"],
  assignmentId: ["instructor", "student"],
  setId: ["instructor"],
  itemId: ["instructor"],
  memberId: ["instructor"],
  attemptId: ["student"],
  cardId: ["student"],
  targetId: ["student"],
  sectionId: everyone,
  questionId: everyone,
  joinCode: everyone,
};

// The matrix's records as the rows a declaration's sample is built from. A DELETE removes a row
// made for removing (the row its path ends with), so the walk's other checks keep theirs.
function rowsOf(f: Fixtures, declared: DeclaredApiRoute): SampleRows {
  const rows: SampleRows = {
    classId: f.classId,
    joinCode: f.openJoinCode,
    setId: f.setId,
    itemId: f.itemId,
    questionId: f.questionId,
    sectionId: f.sectionId,
    assignmentId: f.assignmentId,
    memberId: f.removableStudentId,
    attemptId: f.attemptId,
    cardId: f.cardId,
    targetId: f.targetId,
  };
  if (declared.method !== "DELETE") return rows;
  const removable: Partial<Record<keyof SampleRows, string>> = { classId: f.removableClassId, setId: f.removableSetId, assignmentId: f.removableAssignmentId };
  const last = declared.pathRows.at(-1);
  return last && removable[last] ? { ...rows, [last]: removable[last] } : rows;
}

// The declaration's sample with each placeholder ("{row:cardId}") replaced by the record.
function fill(value: unknown, rows: SampleRows): unknown {
  if (typeof value === "string") return value.replace(/^\{row:(\w+)\}$/, (_, key: keyof SampleRows) => rows[key]);
  if (Array.isArray(value)) return value.map((v) => fill(v, rows));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, rows)]));
  return value;
}

const roleOf = (persona: Exclude<Persona, "anonymous">) => (persona === "student" || persona === "otherStudent" ? "student" : "instructor");

// What `persona` must get from the declared route: signed out, 401; a role not allowed, 403; a row
// named that is not the persona's, 404; otherwise past the access checks.
export function outcomeOf(declared: DeclaredApiRoute, persona: Persona): Outcome {
  if (declared.who === "public") return "answered";
  if (persona === "anonymous") return 401;
  if (declared.who !== "signed-in" && !declared.who.includes(roleOf(persona))) return 403;
  if (declared.rows.some((row) => !rowOwners[row].includes(persona))) return 404;
  // A read that is let through answers; a write may refuse the sample (409, 422), and one that names
  // no row may find nothing to act on (no review to undo).
  if (declared.method === "GET") return "ok";
  return declared.rows.length === 0 ? "reached" : "allowed";
}

// Samples that are refused on purpose, whose answer looks like a denial: account deletion's sample
// carries a wrong password (403), so that walking it deletes nobody.
const sampleRefusals: Record<string, Outcome> = { "DELETE /api/v1/account": 403 };

export function declaredCases(declared: readonly DeclaredApiRoute[]): RouteCase[] {
  const cases = declared.map((d): RouteCase => {
    const refused = sampleRefusals[`${d.method} ${d.route}`];
    const expect = Object.fromEntries(personas.map((p) => [p, refused && p !== "anonymous" ? refused : outcomeOf(d, p)])) as Record<Persona, Outcome>;
    const url = (f: Fixtures) => {
      const rows = rowsOf(f, d);
      let index = 0;
      const path = d.route.replace(/\[\w+\]/g, () => rows[d.pathRows[index++]!]);
      const query = d.input === "query" && d.sample ? `?${new URLSearchParams(fill(d.sample, rows) as Record<string, string>)}` : "";
      return path + query;
    };
    const body = d.input === "body" ? (f: Fixtures) => fill(d.sample ?? {}, rowsOf(f, d)) : undefined;
    return { route: d.route, method: d.method, url, body, expect };
  });
  // Removals last, so that what they remove is not missed by the checks that follow.
  return cases.sort((a, b) => Number(a.method === "DELETE") - Number(b.method === "DELETE"));
}
