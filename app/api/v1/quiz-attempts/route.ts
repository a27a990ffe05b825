import { NextResponse } from "next/server";
import { createQuizSchema } from "@/lib/schemas/quiz";
import { authenticate } from "@/lib/server/auth";
import { parseJsonBody } from "@/lib/server/http";
import { issuesResponse } from "@/lib/server/quiz/api";
import { createSelfStudyAttempt, getAttemptForLearner } from "@/lib/server/quiz/service";
import { endpoint } from "@/lib/server/endpoint";

// POST { mode, sectionIds, count, types?, timeLimitMinutes?, requestKey? }: starts a self-study quiz
// (201); the same requestKey again returns the first attempt (200) and creates nothing.
export const POST = endpoint("/api/v1/quiz-attempts", async function POST(request: Request) {
  const { user, response } = await authenticate();
  if (response) return response;
  const body = await parseJsonBody(request, createQuizSchema);
  if (body.response) return body.response;
  const now = new Date();
  const outcome = await createSelfStudyAttempt(user.id, body.data, now);
  if (outcome.status === "invalid") return issuesResponse(outcome.issues);
  const attempt = await getAttemptForLearner(user.id, outcome.id, now);
  return NextResponse.json({ attempt }, { status: outcome.status === "created" ? 201 : 200, headers: { Location: `/api/v1/quiz-attempts/${outcome.id}` } });
});
