import { NextResponse } from "next/server";
import { createQuizSchema } from "@/lib/schemas/quiz";
import { createSelfStudyAttempt, getAttemptForLearner } from "@/lib/server/quiz/service";
import { route } from "@/lib/server/route";
import { issuesResponse } from "@/lib/server/http";

// POST { mode, sectionIds, count, types?, timeLimitMinutes?, requestKey? }: starts a self-study quiz
// (201); the same requestKey again returns the first attempt (200) and creates nothing.
export const POST = route({
  route: "/api/v1/quiz-attempts",
  who: "signed-in",
  body: createQuizSchema,
  async handle({ user, body }) {
    const now = new Date();
    const outcome = await createSelfStudyAttempt(user.id, body, now);
    if (outcome.status === "invalid") return issuesResponse(outcome.issues);
    const attempt = await getAttemptForLearner(user.id, outcome.id, now);
    return NextResponse.json({ attempt }, { status: outcome.status === "created" ? 201 : 200, headers: { Location: `/api/v1/quiz-attempts/${outcome.id}` } });
  },
});
