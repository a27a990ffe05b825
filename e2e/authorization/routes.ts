// The authorization matrix: every page and route handler, with what each kind of visitor gets.
// e2e/authorization/matrix.spec.ts runs it, and fails when app/ has a route that is not listed here.

export const personas = ["anonymous", "student", "otherStudent", "otherInstructor", "instructor"] as const;
export type Persona = (typeof personas)[number];

// "ok": 2xx; "allowed": past the access checks (2xx, or 409/422 on the body we send);
// "signin": a page redirect to sign-in; otherwise the HTTP status expected.
// "redirect": sent on elsewhere (not to sign-in), e.g. a signed-in visitor of the landing page.
export type Outcome = "ok" | "allowed" | "signin" | "redirect" | 401 | 403 | 404;

// Records the matrix runs against (created by the spec): the student is in the instructor's class
// and owns the attempt and the card; the other instructor has a class of their own.
export type Fixtures = {
  classId: string;
  otherClassId: string;
  setId: string;
  itemId: string;
  assignmentId: string;
  attemptId: string;
  // The student's attempt at the assignment (started by the spec through the API).
  assignmentAttemptId: string;
  cardId: string;
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
const anyUser = { anonymous: 401, student: "ok", otherStudent: "ok", otherInstructor: "ok", instructor: "ok" } as const;
const anyUserAllowed = { anonymous: 401, student: "allowed", otherStudent: "allowed", otherInstructor: "allowed", instructor: "allowed" } as const;
const instructorsOnly = { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: "ok", instructor: "ok" } as const;
const ownerInstructor = (outcome: Outcome = "ok") => ({ anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, instructor: outcome }) as const;
const ownerStudent = (outcome: Outcome = "ok") => ({ anonymous: 401, student: outcome, otherStudent: 404, otherInstructor: 404, instructor: 404 }) as const;

export const routeCases: RouteCase[] = [
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
  api("/api/v1/health", "GET", () => "/api/v1/health", { anonymous: "ok", student: "ok", otherStudent: "ok", otherInstructor: "ok", instructor: "ok" }),
  api("/api/v1/ready", "GET", () => "/api/v1/ready", { anonymous: "ok", student: "ok", otherStudent: "ok", otherInstructor: "ok", instructor: "ok" }),
  // No METRICS_TOKEN in the e2e server: the endpoint does not exist for anyone, signed in or not.
  api("/api/v1/metrics", "GET", () => "/api/v1/metrics", { anonymous: 404, student: 404, otherStudent: 404, otherInstructor: 404, instructor: 404 }),

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
  api("/api/v1/account/export", "GET", () => "/api/v1/account/export", anyUser),
  api("/api/v1/account", "DELETE", () => "/api/v1/account", { ...anyUserAllowed }, () => ({ confirm: "not the phrase" })),

  // Quizzes: the student's own attempt
  // The address names the question shown (?q=N); without it the page redirects to the current one.
  ownedStudentPage("/quiz/[attemptId]", (f) => `/quiz/${f.attemptId}?q=1`),
  // Results open once the attempt is finished; before that its owner is sent back to it.
  page("/quiz/[attemptId]/results", (f) => `/quiz/${f.attemptId}/results`, { anonymous: "signin", student: "redirect", otherStudent: 404, otherInstructor: 404, instructor: 404 }),
  api("/api/v1/quiz-attempts", "POST", () => "/api/v1/quiz-attempts", anyUserAllowed, (f) => ({ mode: "practice", sectionIds: [f.sectionId], count: 2 })),
  api("/api/v1/quiz-attempts/[id]", "GET", (f) => `/api/v1/quiz-attempts/${f.attemptId}`, ownerStudent()),
  api("/api/v1/quiz-attempts/[id]/answers", "POST", (f) => `/api/v1/quiz-attempts/${f.attemptId}/answers`, ownerStudent("allowed"), () => ({ answerId: "00000000-0000-4000-8000-000000000001", position: 0, answer: { type: "truefalse", value: true } })),
  api("/api/v1/quiz-attempts/[id]/finish", "POST", (f) => `/api/v1/quiz-attempts/${f.attemptId}/finish`, ownerStudent("allowed"), () => ({})),

  // Review: the student's own cards
  api("/api/v1/review/queue", "GET", () => "/api/v1/review/queue?limit=5", anyUser),
  api("/api/v1/reviews", "POST", () => "/api/v1/reviews", ownerStudent("allowed"), (f) => ({ reviewId: crypto.randomUUID(), cardId: f.cardId, rating: 3, durationMs: 1000 })),
  // Only the student has a review to undo (made by the entry above); the others have nothing: 404.
  api("/api/v1/reviews/batch", "POST", () => "/api/v1/reviews/batch", ownerStudent("allowed"), (f) => ({ reviews: [{ reviewId: crypto.randomUUID(), cardId: f.cardId, rating: 3, durationMs: 1000, reviewedAt: new Date().toISOString() }] })),
  api("/api/v1/reviews/undo", "POST", () => "/api/v1/reviews/undo", { anonymous: 401, student: "ok", otherStudent: 404, otherInstructor: 404, instructor: 404 }, () => ({})),

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

  api("/api/v1/classes", "GET", () => "/api/v1/classes", anyUser),
  api("/api/v1/classes", "POST", () => "/api/v1/classes", instructorsOnly, () => ({ name: "Matrix class" })),
  // A code no class takes: students learn nothing but "no such class"; instructors may not join.
  api("/api/v1/classes/join", "POST", () => "/api/v1/classes/join", { anonymous: 401, student: 404, otherStudent: 404, otherInstructor: 403, instructor: 403 }, () => ({ code: "ZZZZZZZZ" })),
  api("/api/v1/classes/[id]", "GET", (f) => `/api/v1/classes/${f.classId}`, { anonymous: 401, student: "ok", otherStudent: 404, otherInstructor: 404, instructor: "ok" }),
  api("/api/v1/classes/[id]", "PATCH", (f) => `/api/v1/classes/${f.classId}`, ownerInstructor(), () => ({ name: "Matrix class (renamed)" })),
  api("/api/v1/classes/[id]", "DELETE", (f) => `/api/v1/classes/${f.removableClassId}`, ownerInstructor()),
  api("/api/v1/classes/[id]/join-code", "POST", (f) => `/api/v1/classes/${f.classId}/join-code`, ownerInstructor(), () => ({ action: "regenerate" })),
  api("/api/v1/classes/[id]/gradebook", "GET", (f) => `/api/v1/classes/${f.classId}/gradebook`, ownerInstructor()),
  api("/api/v1/classes/[id]/gradebook.csv", "GET", (f) => `/api/v1/classes/${f.classId}/gradebook.csv`, ownerInstructor()),
  api("/api/v1/classes/[id]/audit", "GET", (f) => `/api/v1/classes/${f.classId}/audit?page=1`, ownerInstructor()),
  api("/api/v1/classes/[id]/members/[userId]", "DELETE", (f) => `/api/v1/classes/${f.classId}/members/${f.removableStudentId}`, ownerInstructor()),
  api("/api/v1/classes/[id]/members/[userId]", "PUT", (f) => `/api/v1/classes/${f.classId}/members/${f.removableStudentId}`, ownerInstructor()),

  api("/api/v1/question-sets", "GET", () => "/api/v1/question-sets", instructorsOnly),
  api("/api/v1/question-sets", "POST", () => "/api/v1/question-sets", instructorsOnly, () => ({ title: "Matrix set" })),
  api("/api/v1/question-sets/[id]", "GET", (f) => `/api/v1/question-sets/${f.setId}`, ownerInstructor()),
  api("/api/v1/question-sets/[id]", "PATCH", (f) => `/api/v1/question-sets/${f.setId}`, ownerInstructor(), () => ({ title: "Renamed by matrix" })),
  api("/api/v1/question-sets/[id]", "DELETE", (f) => `/api/v1/question-sets/${f.removableSetId}`, ownerInstructor()),
  api("/api/v1/question-sets/[id]/items", "POST", (f) => `/api/v1/question-sets/${f.setId}/items`, ownerInstructor("allowed"), (f) => ({ kind: "random", sectionId: f.sectionId, count: 1 })),
  api("/api/v1/question-sets/[id]/items/[itemId]", "PATCH", (f) => `/api/v1/question-sets/${f.setId}/items/${f.itemId}`, ownerInstructor("allowed"), () => ({ direction: "down" })),
  api("/api/v1/question-sets/[id]/items/[itemId]", "DELETE", (f) => `/api/v1/question-sets/${f.setId}/items/${f.itemId}`, ownerInstructor("allowed")),
  api(
    "/api/v1/question-sets/[id]/questions",
    "POST",
    (f) => `/api/v1/question-sets/${f.setId}/questions`,
    ownerInstructor("allowed"),
    () => ({ question: { type: "truefalse", prompt: "ICE is part of DHS.", answer: true, explanation: "ICE is a component of the Department of Homeland Security.", difficulty: "easy" } }),
  ),

  api("/api/v1/assignments", "GET", () => "/api/v1/assignments", anyUser),
  api("/api/v1/assignments", "POST", () => "/api/v1/assignments", { anonymous: 401, student: 403, otherStudent: 403, otherInstructor: 404, instructor: "allowed" }, (f) => ({
    classId: f.classId,
    setId: f.setId,
    title: "Matrix assignment",
    opensAt: new Date(Date.now() - 3600_000).toISOString(),
    dueAt: new Date(Date.now() + 86_400_000).toISOString(),
    timeZone: "UTC",
    attemptsAllowed: null,
    gradingMethod: "highest",
    feedback: "immediately",
    lateWork: "accept",
  })),
  api("/api/v1/assignments/[id]", "GET", (f) => `/api/v1/assignments/${f.assignmentId}`, { anonymous: 401, student: "ok", otherStudent: 404, otherInstructor: 404, instructor: "ok" }),
  api("/api/v1/assignments/[id]", "PATCH", (f) => `/api/v1/assignments/${f.assignmentId}`, ownerInstructor(), () => ({ title: "Matrix assignment (edited)" })),
  api("/api/v1/assignments/[id]", "DELETE", (f) => `/api/v1/assignments/${f.removableAssignmentId}`, ownerInstructor()),
  api("/api/v1/assignments/[id]/attempts", "GET", (f) => `/api/v1/assignments/${f.assignmentId}/attempts`, { anonymous: 401, student: "ok", otherStudent: 404, otherInstructor: 404, instructor: "ok" }),
  api("/api/v1/assignments/[id]/attempts", "POST", (f) => `/api/v1/assignments/${f.assignmentId}/attempts`, { anonymous: 401, student: "allowed", otherStudent: 404, otherInstructor: 403, instructor: 403 }, () => ({})),
  api("/api/v1/assignments/[id]/statistics", "GET", (f) => `/api/v1/assignments/${f.assignmentId}/statistics`, ownerInstructor()),
  api("/api/v1/assignments/[id]/readiness", "GET", (f) => `/api/v1/assignments/${f.assignmentId}/readiness`, { anonymous: 401, student: "ok", otherStudent: 404, otherInstructor: 404, instructor: "ok" }),

  // Study targets: each learner's own
  api("/api/v1/study-targets", "GET", () => "/api/v1/study-targets", anyUser),
  api("/api/v1/study-targets", "POST", () => "/api/v1/study-targets", anyUserAllowed, (f) => ({ sectionIds: [f.sectionId], date: "2099-06-01", targetRecall: 0.9 })),
  // An id no one's target has: nobody learns anything but "not found".
  api("/api/v1/study-targets", "DELETE", () => "/api/v1/study-targets", { anonymous: 401, student: 404, otherStudent: 404, otherInstructor: 404, instructor: 404 }, () => ({ id: "no-such-target" })),
];
