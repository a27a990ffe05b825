import { NextResponse } from "next/server";
import { reviewQueueQuerySchema } from "@/lib/schemas/review";
import { notFoundResponse } from "@/lib/server/http";
import { loadReviewQueue } from "@/lib/server/review/queue";
import { route } from "@/lib/server/route";

// GET ?limit=N (1-100, default 20) [&section=<id>] [&ahead=N] [&extraNew=N] [&target=<id>]: the
// signed-in learner's review queue (with Anki's custom study: reviews due in the next N days now, N
// new cards of the section beyond today's limit; or "review ahead" for a study target): the next
// cards in order (front, back, version, the interval each grade would give) and what is left today.
// A read: today's new cards and those quiz mistakes bring are shown under the ids their rows get
// when first reviewed (POST /api/v1/reviews or /reviews/batch writes them).
export const GET = route({
  route: "/api/v1/review/queue",
  who: "signed-in",
  query: reviewQueueQuerySchema,
  sample: (rows) => ({ limit: "20", section: rows.sectionId }),
  async handle({ user, query }) {
    const queue = await loadReviewQueue(user.id, new Date(), { limit: query.limit, sectionId: query.section, aheadDays: query.ahead, extraNew: query.extraNew, targetId: query.target });
    if (!queue) return notFoundResponse(query.target ? "No such study target." : "No such section.");
    return NextResponse.json({ queue }, { headers: { "cache-control": "no-store" } });
  },
});
