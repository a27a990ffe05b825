import { NextResponse } from "next/server";
import { authenticate } from "@/lib/server/auth";
import { attemptIdFrom, attemptNotFound, type AttemptParams } from "@/lib/server/quiz/api";
import { getAttemptForLearner } from "@/lib/server/quiz/service";
import { endpoint } from "@/lib/server/endpoint";

// GET: the learner's attempt: public questions, their answers, and results as the feedback policy
// allows. An attempt past its deadline is closed and graded first.
export const GET = endpoint("/api/v1/quiz-attempts/[id]", async function GET(_request: Request, context: AttemptParams) {
  const { user, response } = await authenticate();
  if (response) return response;
  const { id, response: bad } = await attemptIdFrom(context);
  if (bad) return bad;
  const attempt = await getAttemptForLearner(user.id, id, new Date());
  if (!attempt) return attemptNotFound();
  return NextResponse.json({ attempt });
});
