import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Reviewer } from "@/components/review/reviewer";
import { TimeZoneSync } from "@/components/review/time-zone-sync";
import { toQueueJson } from "@/components/review/types";
import { contentIdSchema } from "@/lib/schemas/content";
import { studyTargetIdSchema } from "@/lib/schemas/study-targets";
import { requireUser } from "@/lib/server/auth";
import { getReviewSettings } from "@/lib/server/data/review-settings";
import { loadReviewQueue } from "@/lib/server/review/queue";

export const metadata: Metadata = { title: "Review" };

// The flashcard review session; ?section=<id> reviews that section's cards only (the reader links
// here); ?target=<id> is "Review ahead" for a study target (an assignment's page links here).
export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const { section, target } = await searchParams;
  const sectionId = section === undefined ? undefined : contentIdSchema.safeParse(section).data;
  if (section !== undefined && !sectionId) notFound();
  const targetId = target === undefined ? undefined : studyTargetIdSchema.safeParse(target).data;
  if (target !== undefined && !targetId) notFound();
  const [queue, stored] = await Promise.all([loadReviewQueue(user.id, new Date(), { limit: 20, sectionId, targetId }), getReviewSettings(user.id)]);
  if (!queue) notFound();
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-3xl font-bold">{targetId ? "Review ahead" : queue.section ? `Review: ${queue.section.title}` : "Review"}</h1>
        <p className="flex gap-4 text-sm">
          {queue.section || targetId ? (
            <Link href="/review" className="tap text-brand-700 underline dark:text-brand-100">
              Review all sections
            </Link>
          ) : null}
          <Link href="/settings" className="tap text-brand-700 underline dark:text-brand-100">
            Review settings
          </Link>
        </p>
      </div>
      {stored.saved ? null : <TimeZoneSync />}
      {/* Keyed by zone: once the browser's zone is adopted, the refreshed queue replaces the first one. */}
      <Reviewer key={stored.settings.timeZone} initial={toQueueJson(queue)} sectionId={queue.section?.id ?? null} targetId={targetId ?? null} />
    </div>
  );
}
