import { NextResponse } from "next/server";
import { reviewQueueQuerySchema } from "@/lib/schemas/review";
import { authenticate } from "@/lib/server/auth";
import { notFoundResponse, parseInput } from "@/lib/server/http";
import { loadReviewQueue } from "@/lib/server/review/queue";
import { endpoint } from "@/lib/server/endpoint";

// GET ?limit=N (1-100, default 20) [&section=<id>] [&ahead=N] [&extraNew=N] [&target=<id>]: the
// signed-in learner's review queue (with Anki's custom study: reviews due in the next N days now, N
// new cards of the section beyond today's limit; or "review ahead" for a study target): the next
// cards in order (front, back, version, the interval each grade would give) and what is left today.
// Loading it also introduces today's new cards and feeds in quiz mistakes; both are idempotent.
export const GET = endpoint("/api/v1/review/queue", async function GET(request: Request) {
  const { user, response } = await authenticate();
  if (response) return response;
  const query = parseInput(Object.fromEntries(new URL(request.url).searchParams), reviewQueueQuerySchema);
  if (query.response) return query.response;
  const queue = await loadReviewQueue(user.id, new Date(), { limit: query.data.limit, sectionId: query.data.section, aheadDays: query.data.ahead, extraNew: query.data.extraNew, targetId: query.data.target });
  if (!queue) return notFoundResponse(query.data.target ? "No such study target." : "No such section.");
  return NextResponse.json({ queue }, { headers: { "cache-control": "no-store" } });
});
