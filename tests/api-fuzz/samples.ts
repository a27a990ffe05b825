import type { Mine } from "./fixtures";

// One VALID input per route that reads a body or a query string, keyed "METHOD /route". The
// fuzzer breaks these one field at a time (deep inside nested objects too), which reaches far
// more of each schema than random JSON does; the discovery test checks each sample against the
// route's own schema, so a stale sample cannot quietly turn the fuzzing into noise.

type Sample = (mine: Mine) => Record<string, unknown>;

const uuid = "4f7c8a52-3b1e-4d2a-9c6f-0e8b7a6d5c41";

export const samples: Record<string, Sample> = {
  "DELETE /api/v1/account": () => ({ confirm: "delete my account", password: "not the password" }),
  "POST /api/v1/assignments": (m) => ({
    classId: m.classId,
    setId: m.setId,
    title: "Homework 2",
    opensAt: "2026-01-01T09:00",
    dueAt: "2026-12-01T09:00:00Z",
    timeZone: "Europe/Berlin",
    timeLimitMinutes: 30,
    attemptsAllowed: 2,
    gradingMethod: "average",
    shuffleQuestions: true,
    shuffleOptions: false,
    feedback: "after_due",
    lateWork: "refuse",
    targetRecall: 0.85,
  }),
  "PATCH /api/v1/assignments/[id]": () => ({ title: "Homework 2b", dueAt: "2027-01-15T17:00", timeZone: "America/Chicago", attemptsAllowed: null, lateWork: "accept", targetRecall: 0.8 }),
  "POST /api/v1/classes": () => ({ name: "Period 2" }),
  "PATCH /api/v1/classes/[id]": () => ({ name: "Period 3" }),
  "POST /api/v1/classes/[id]/join-code": () => ({ action: "regenerate" }),
  "POST /api/v1/classes/join": () => ({ code: "qrst-2345" }),
  "POST /api/v1/question-sets": () => ({ title: "Week 1" }),
  "PATCH /api/v1/question-sets/[id]": () => ({ title: "Week 2" }),
  "POST /api/v1/question-sets/[id]/items": (m) => ({ kind: "random", sectionId: m.sectionId, count: 2 }),
  "PATCH /api/v1/question-sets/[id]/items/[itemId]": () => ({ direction: "down" }),
  "POST /api/v1/question-sets/[id]/questions": (m) => ({
    sectionId: m.sectionId,
    question: {
      type: "single",
      prompt: "Which agency is HSI part of?",
      explanation: "HSI is a directorate of ICE.",
      difficulty: "medium",
      options: [{ text: "ICE", correct: true }, { text: "CBP" }],
      quote: "Homeland Security Investigations",
    },
  }),
  "POST /api/v1/quiz-attempts": (m) => ({ mode: "exam", sectionIds: [m.sectionId], count: 3, types: ["single", "typed"], timeLimitMinutes: 10, requestKey: uuid }),
  "POST /api/v1/quiz-attempts/[id]/answers": () => ({ answerId: uuid, position: 0, answer: { type: "multiple", choices: [0, 2] } }),
  "POST /api/v1/reviews": (m) => ({ reviewId: uuid, cardId: m.cardId, rating: 3, durationMs: 4200, expectedVersion: 0 }),
  "POST /api/v1/reviews/batch": (m) => ({ reviews: [{ reviewId: uuid, cardId: m.cardId, rating: 3, durationMs: 4200, reviewedAt: "2026-03-01T15:00:00.000Z" }] }),
  "POST /api/v1/reviews/undo": () => ({ reviewId: uuid }),
  "GET /api/v1/review/queue": (m) => ({ limit: "20", section: m.sectionId }),
  "GET /api/v1/classes/[id]/audit": () => ({ page: "2" }),
  "POST /api/v1/study-targets": (m) => ({ sectionIds: [m.sectionId], date: "2099-06-01", targetRecall: 0.95 }),
  "DELETE /api/v1/study-targets": () => ({ id: "no-such-target" }),
};
