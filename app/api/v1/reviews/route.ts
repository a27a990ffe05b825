import { NextResponse } from "next/server";
import { reviewRequestSchema } from "@/lib/schemas/review";
import { notFoundResponse } from "@/lib/server/http";
import { submitReview } from "@/lib/server/review/review";
import { route } from "@/lib/server/route";
import { metrics } from "@/lib/server/metrics";

// A fixed key, so that a sample sent twice is one request.
const SAMPLE_KEY = "4f7c8a52-3b1e-4d2a-9c6f-0e8b7a6d5c41";

// POST { reviewId, cardId, rating 1-4, durationMs, expectedVersion? }: grades a card (201). The same
// reviewId again returns the first result (200) and changes nothing. 404: not the learner's card;
// 409: the card changed since it was shown (another tab), is suspended, its flashcard was retired,
// or the reviewId was already used for another card.
export const POST = route({
  route: "/api/v1/reviews",
  who: "signed-in",
  body: reviewRequestSchema,
  sample: (rows) => ({ reviewId: SAMPLE_KEY, cardId: rows.cardId, rating: 3, durationMs: 4200, expectedVersion: 0 }),
  async handle({ user, body }) {
    const outcome = await submitReview(user.id, body, new Date());
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
  },
});
