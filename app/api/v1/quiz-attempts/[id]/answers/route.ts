import { NextResponse } from "next/server";
import { submitAnswerSchema } from "@/lib/schemas/quiz";
import { submitAnswer } from "@/lib/server/quiz/service";
import { route } from "@/lib/server/route";
import { issuesResponse, notFoundResponse } from "@/lib/server/http";

// A fixed key, so that a sample sent twice is one request.
const SAMPLE_KEY = "4f7c8a52-3b1e-4d2a-9c6f-0e8b7a6d5c41";

// POST { answerId, position, answer }: saves an answer (201), or returns the first result again for
// a repeated answerId (200). 409 once the attempt is finished or past its deadline (which closes and
// grades it), or when a checked practice answer would be replaced.
export const POST = route({
  route: "/api/v1/quiz-attempts/[id]/answers",
  who: "signed-in",
  body: submitAnswerSchema,
  sample: () => ({ answerId: SAMPLE_KEY, position: 0, answer: { type: "multiple", choices: [0, 2] } }),
  notFound: "No such quiz attempt.",
  async handle({ user, ids: { id }, body }) {
    const outcome = await submitAnswer(user.id, id, body, new Date());
    switch (outcome.status) {
      case "not-found":
        return notFoundResponse("No such quiz attempt.");
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
  },
});
