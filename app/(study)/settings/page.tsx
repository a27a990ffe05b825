import type { Metadata } from "next";
import { OptimizerPanel } from "@/components/review/optimizer-panel";
import { ReviewSettingsForm } from "@/components/review/settings-form";
import { SuspendedList } from "@/components/review/suspended-list";
import { TimeZoneSync } from "@/components/review/time-zone-sync";
import { requireUser } from "@/lib/server/auth";
import { listSectionsWithFlashcardCounts } from "@/lib/server/data/cards";
import { countReviews } from "@/lib/server/data/review-logs";
import { getReviewSettings } from "@/lib/server/data/review-settings";
import { studyDayKey } from "@/lib/domain/review/study-day";
import { listSuspended } from "@/lib/server/review/card-actions";
import { MIN_REVIEWS_TO_OPTIMIZE, optimizerAvailability } from "@/lib/server/review/optimizer";
import { Panel } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Settings" };

// Every IANA zone the runtime knows, plus the learner's own (and UTC) in case the list lacks them.
function timeZoneList(current: string): string[] {
  const zones = new Set(Intl.supportedValuesOf("timeZone"));
  zones.add("UTC");
  zones.add(current);
  return [...zones].sort();
}

// Review settings, the learner's FSRS parameters (optimizer) and their suspended cards.
export default async function SettingsPage() {
  const user = await requireUser();
  const [stored, sections, suspended, reviews] = await Promise.all([getReviewSettings(user.id), listSectionsWithFlashcardCounts(), listSuspended(user.id), countReviews(user.id)]);
  const { settings, deckSectionIds } = stored;
  // The parameters are the optimizer panel's, not the form's.
  const { weights, ...editable } = settings;
  const optimizer = optimizerAvailability();
  return (
    <div className="flex flex-col gap-10">
      <h1 className="text-3xl font-bold">Settings</h1>
      {stored.saved ? null : <TimeZoneSync />}
      <Panel id="review-settings" title="Flashcard review" className="flex flex-col gap-4">
        <ReviewSettingsForm
          zoneChosen={stored.saved}
          initial={{
            ...editable,
            ignoreReviewsBefore: settings.ignoreReviewsBefore ? studyDayKey(settings.ignoreReviewsBefore, settings.timeZone, settings.dayStartsAtHour) : "",
            easyDays: [...settings.easyDays],
            deckSectionIds,
          }}
          sections={sections.filter((s) => s.flashcards > 0)}
          timeZones={timeZoneList(settings.timeZone)}
        />
      </Panel>
      <Panel id="parameters" title="Your memory model (FSRS parameters)" className="flex flex-col gap-4">
        <OptimizerPanel available={optimizer.available} reason={optimizer.reason} reviews={reviews} needed={MIN_REVIEWS_TO_OPTIMIZE} customWeights={settings.weights !== undefined} />
      </Panel>
      <Panel id="suspended" title="Suspended cards" className="flex flex-col gap-4">
        <SuspendedList cards={suspended} />
      </Panel>
    </div>
  );
}
