import { NextResponse } from "next/server";
import { reviewBatchSchema } from "@/lib/schemas/review";
import { notFoundResponse } from "@/lib/server/http";
import { submitReviewBatch } from "@/lib/server/review/batch";
import { route } from "@/lib/server/route";
import { metrics } from "@/lib/server/metrics";

// A fixed key, so that a sample sent twice is one request.
const SAMPLE_KEY = "4f7c8a52-3b1e-4d2a-9c6f-0e8b7a6d5c41";

// POST { reviews: [{ reviewId, cardId, rating 1-4, durationMs, reviewedAt }] } (1-100): saves the
// reviews in one transaction, each card's in review-time order from the state the server holds (a
// late one, e.g. from another device, is merged into the card's history). 200 with each review's
// outcome (saved; replayed: that reviewId was already saved; suspended, retired, reused-id: refused)
// and the named cards as they now are. Sending the same batch again changes nothing. 404 (nothing
// saved): a named card is not the learner's.
export const POST = route({
  route: "/api/v1/reviews/batch",
  who: "signed-in",
  body: reviewBatchSchema,
  sample: (rows) => ({ reviews: [{ reviewId: SAMPLE_KEY, cardId: rows.cardId, rating: 3, durationMs: 4200, reviewedAt: "2026-03-01T15:00:00.000Z" }] }),
  async handle({ user, body }) {
    const outcome = await submitReviewBatch(user.id, body, new Date());
    if (outcome.status === "not-found") return notFoundResponse("No such card.");
    for (const item of outcome.results) metrics.reviews.inc({ outcome: item.status });
    return NextResponse.json({ results: outcome.results, cards: outcome.cards });
  },
});
