import { NextResponse } from "next/server";
import { submitAnswerSchema } from "@/lib/schemas/quiz";
import { authenticate } from "@/lib/server/auth";
import { parseJsonBody } from "@/lib/server/http";
import { attemptIdFrom, attemptNotFound, issuesResponse, type AttemptParams } from "@/lib/server/quiz/api";
import { submitAnswer } from "@/lib/server/quiz/service";
import { endpoint } from "@/lib/server/endpoint";

// POST { answerId, position, answer }: saves an answer (201), or returns the first result again for
// a repeated answerId (200). 409 once the attempt is finished or past its deadline (which closes and
// grades it), or when a checked practice answer would be replaced.
export const POST = endpoint("/api/v1/quiz-attempts/[id]/answers", async function POST(request: Request, context: AttemptParams) {
  const { user, response } = await authenticate();
  if (response) return response;
  const { id, response: bad } = await attemptIdFrom(context);
  if (bad) return bad;
  const body = await parseJsonBody(request, submitAnswerSchema);
  if (body.response) return body.response;
  const outcome = await submitAnswer(user.id, id, body.data, new Date());
  switch (outcome.status) {
    case "not-found":
      return attemptNotFound();
    case "invalid":
      return issuesResponse(outcome.issues);
    case "closed":
      return NextResponse.json(
        { error: outcome.reason === "timed-out" ? "Time is up: the attempt was closed and graded." : "This attempt is finished.", reason: outcome.reason, attempt: outcome.attempt },
        { status: 409 },
      );
    case "conflict":
      return NextResponse.json({ error: outcome.message }, { status: 409 });
    case "saved":
      return NextResponse.json(
        { replayed: outcome.replayed, item: outcome.item, answeredCount: outcome.answeredCount, total: outcome.total },
        { status: outcome.replayed ? 200 : 201 },
      );
  }
});
