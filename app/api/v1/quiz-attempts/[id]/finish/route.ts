import { NextResponse } from "next/server";
import { authenticate } from "@/lib/server/auth";
import { attemptIdFrom, attemptNotFound, type AttemptParams } from "@/lib/server/quiz/api";
import { finishAttempt } from "@/lib/server/quiz/service";
import { endpoint } from "@/lib/server/endpoint";

// POST: finishes the attempt and grades it; finishing again returns the same finished attempt.
export const POST = endpoint("/api/v1/quiz-attempts/[id]/finish", async function POST(_request: Request, context: AttemptParams) {
  const { user, response } = await authenticate();
  if (response) return response;
  const { id, response: bad } = await attemptIdFrom(context);
  if (bad) return bad;
  const attempt = await finishAttempt(user.id, id, new Date());
  if (!attempt) return attemptNotFound();
  return NextResponse.json({ attempt });
});
