import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CustomStudy } from "@/components/review/custom-study";
import { Reviewer } from "@/components/review/reviewer";
import { ServiceWorker } from "@/components/review/service-worker";
import { TimeZoneSync } from "@/components/review/time-zone-sync";
import { toQueueJson } from "@/components/review/types";
import { reviewQueueQuerySchema } from "@/lib/schemas/review";
import { requireUser } from "@/lib/server/auth";
import { listSectionsWithFlashcardCounts } from "@/lib/server/data/cards";
import { getReviewSettings } from "@/lib/server/data/review-settings";
import { loadReviewQueue } from "@/lib/server/review/queue";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Review" };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

// The flashcard review session. ?section=<id> reviews that section's cards only (the reader links
// here); custom study adds ?ahead=N (cards due in the next N days, now) or &extraNew=N (N new cards
// of the section beyond today's limit); ?target=<id> is "Review ahead" for a study target (an
// assignment's page links here). The same query as GET /api/v1/review/queue.
export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const { section, ahead, extraNew, target } = await searchParams;
  const parsed = reviewQueueQuerySchema.safeParse({ section, ahead, extraNew, target });
  if (!parsed.success) notFound();
  const query = { section: parsed.data.section, ahead: parsed.data.ahead, extraNew: parsed.data.extraNew, target: parsed.data.target };
  const [queue, stored, sections] = await Promise.all([
    loadReviewQueue(user.id, new Date(), { limit: 20, sectionId: query.section, aheadDays: query.ahead, extraNew: query.extraNew, targetId: query.target }),
    getReviewSettings(user.id),
    listSectionsWithFlashcardCounts(),
  ]);
  if (!queue) notFound();
  const customStudy = query.ahead > 0 || query.extraNew > 0;
  const title = [query.target ? "Review ahead" : queue.section ? `Review: ${queue.section.title}` : "Review", query.ahead > 0 ? ` (ahead ${plural(query.ahead, "day")})` : "", query.extraNew > 0 ? ` (${plural(query.extraNew, "extra new card")})` : ""].join("");
  const reviewer = <Reviewer key={stored.settings.timeZone} userId={user.id} initial={toQueueJson(queue)} query={query} customStudy={<CustomStudy sections={sections.filter((s) => s.flashcards > 0)} />} />;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-3xl font-bold">{title}</h1>
        <p className="flex gap-4 text-sm">
          {queue.section || customStudy || query.target ? (
            <TextLink href="/review">
              {customStudy || query.target ? "Back to today's reviews" : "Review all sections"}
            </TextLink>
          ) : null}
          <TextLink href="/settings">
            Review settings
          </TextLink>
        </p>
      </div>
      {/* On a first visit the session waits for the browser's zone: the refreshed page brings the queue of the learner's own study day. */}
      {/* The service worker keeps this page and its cards for a visit with no network (service-worker/sw.ts). */}
      <ServiceWorker url="/serwist/sw.js" />
      {stored.saved ? reviewer : <TimeZoneSync assumed={stored.settings.timeZone}>{reviewer}</TimeZoneSync>}
    </div>
  );
}
