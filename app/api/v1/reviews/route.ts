import { NextResponse } from "next/server";
import { reviewRequestSchema } from "@/lib/schemas/review";
import { authenticate } from "@/lib/server/auth";
import { notFoundResponse, parseJsonBody } from "@/lib/server/http";
import { submitReview } from "@/lib/server/review/review";
import { endpoint } from "@/lib/server/endpoint";
import { metrics } from "@/lib/server/metrics";

// POST { reviewId, cardId, rating 1-4, durationMs, expectedVersion? }: grades a card (201). The same
// reviewId again returns the first result (200) and changes nothing. 404: not the learner's card;
// 409: the card changed since it was shown (another tab), is suspended, its flashcard was retired,
// or the reviewId was already used for another card.
export const POST = endpoint("/api/v1/reviews", async function POST(request: Request) {
  const { user, response } = await authenticate();
  if (response) return response;
  const body = await parseJsonBody(request, reviewRequestSchema);
  if (body.response) return body.response;
  const outcome = await submitReview(user.id, body.data, new Date());
  metrics.reviews.inc({ outcome: outcome.status });
  switch (outcome.status) {
    case "not-found":
      return notFoundResponse("No such card.");
    case "stale":
    case "suspended":
    case "retired":
    case "reused-id":
      return NextResponse.json({ error: outcome.message, reason: outcome.status }, { status: 409 });
    case "saved":
    case "replayed":
      return NextResponse.json({ review: outcome.review, replayed: outcome.status === "replayed" }, { status: outcome.status === "saved" ? 201 : 200 });
  }
});
