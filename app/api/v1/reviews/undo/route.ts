import { NextResponse } from "next/server";
import { undoRequestSchema } from "@/lib/schemas/review";
import { notFoundResponse } from "@/lib/server/http";
import { undoReview } from "@/lib/server/review/review";
import { route } from "@/lib/server/route";

// A fixed key, so that a sample sent twice is one request.
const SAMPLE_KEY = "4f7c8a52-3b1e-4d2a-9c6f-0e8b7a6d5c41";

// POST { reviewId? }: undoes the learner's most recent review (only if it is reviewId, when given):
// the card is restored exactly and the log deleted (200, with the card to show again). 404: nothing
// to undo; 409: reviewId is not the latest review, or the card changed after it.
export const POST = route({
  route: "/api/v1/reviews/undo",
  who: "signed-in",
  body: undoRequestSchema,
  sample: () => ({ reviewId: SAMPLE_KEY }),
  async handle({ user, body }) {
    const outcome = await undoReview(user.id, body.reviewId, new Date());
    switch (outcome.status) {
      case "nothing":
        return notFoundResponse(outcome.message);
      case "not-latest":
      case "changed":
        return NextResponse.json({ error: outcome.message, reason: outcome.status }, { status: 409 });
      case "undone":
        return NextResponse.json({ undone: { reviewId: outcome.reviewId, cardId: outcome.cardId }, item: outcome.item });
    }
  },
});
