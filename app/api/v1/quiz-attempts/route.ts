import { NextResponse } from "next/server";
import { createQuizSchema } from "@/lib/schemas/quiz";
import { createSelfStudyAttempt, getAttemptForLearner } from "@/lib/server/quiz/service";
import { route } from "@/lib/server/route";
import { issuesResponse } from "@/lib/server/http";

// A fixed key, so that a sample sent twice is one request.
const SAMPLE_KEY = "4f7c8a52-3b1e-4d2a-9c6f-0e8b7a6d5c41";

// POST { mode, sectionIds, count, types?, timeLimitMinutes?, requestKey? }: starts a self-study quiz
// (201); the same requestKey again returns the first attempt (200) and creates nothing.
export const POST = route({
  route: "/api/v1/quiz-attempts",
  who: "signed-in",
  body: createQuizSchema,
  sample: (rows) => ({ mode: "exam", sectionIds: [rows.sectionId], count: 3, types: ["single", "typed"], timeLimitMinutes: 10, requestKey: SAMPLE_KEY }),
  async handle({ user, body }) {
    const now = new Date();
    const outcome = await createSelfStudyAttempt(user.id, body, now);
    if (outcome.status === "invalid") return issuesResponse(outcome.issues);
    const attempt = await getAttemptForLearner(user.id, outcome.id, now);
    return NextResponse.json({ attempt }, { status: outcome.status === "created" ? 201 : 200, headers: { Location: `/api/v1/quiz-attempts/${outcome.id}` } });
  },
});
