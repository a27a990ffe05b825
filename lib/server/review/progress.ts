import "server-only";
import { countPerDay, dueForecast, studyStreak, type DayCount, type Streak } from "@/lib/domain/progress/activity";
import { dayIndexOf, nextStudyDays, pastStudyDays } from "@/lib/domain/progress/days";
import { sectionMastery, type SectionMastery } from "@/lib/domain/progress/mastery";
import { trueRetention, type TrueRetention } from "@/lib/domain/progress/retention";
import { listCardsForProgress, listLiveFlashcards, listSectionsWithFlashcardCounts } from "@/lib/server/data/cards";
import { listSectionQuestionIds } from "@/lib/server/data/quiz-questions";
import { listQuestionResults } from "@/lib/server/data/quiz-results";
import { listRetentionReviews, listReviewTimes } from "@/lib/server/data/review-logs";
import { getReviewSettings } from "@/lib/server/data/review-settings";

// Everything /progress shows, in a fixed number of indexed queries run in parallel; the statistics
// themselves are pure one-pass functions (lib/domain/progress).

export const HEATMAP_DAYS = 365;
export const FORECAST_DAYS = 30;
export const RETENTION_DAYS = 30;

export type CardsByState = { new: number; learning: number; review: number; relearning: number; suspended: number; notIntroduced: number };
export type ProgressView = {
  timeZone: string;
  desiredRetention: number;
  heatmap: DayCount[];
  reviewsLastYear: number;
  streak: Streak;
  forecast: DayCount[];
  retention: TrueRetention;
  cards: CardsByState;
  mastery: SectionMastery[];
};

// The study streak alone (the dashboard's), from one query over the last year's review times.
export async function loadStreak(userId: string, now: Date): Promise<Streak> {
  const { settings } = await getReviewSettings(userId);
  const year = pastStudyDays(now, settings.timeZone, settings.dayStartsAtHour, HEATMAP_DAYS);
  return studyStreak(countPerDay(year, await listReviewTimes(userId, year[0]?.start ?? now)));
}

// The learner's statistics at `now`, in their time zone and study day.
export async function loadProgress(userId: string, now: Date): Promise<ProgressView> {
  const { settings } = await getReviewSettings(userId);
  const { timeZone, dayStartsAtHour } = settings;
  const year = pastStudyDays(now, timeZone, dayStartsAtHour, HEATMAP_DAYS);
  const month = year.slice(-RETENTION_DAYS);
  const ahead = nextStudyDays(now, timeZone, dayStartsAtHour, FORECAST_DAYS);
  const [times, retentionRows, cards, flashcards, sections, questionIds, results] = await Promise.all([
    listReviewTimes(userId, year[0]?.start ?? now),
    listRetentionReviews(userId, month[0]?.start ?? now),
    listCardsForProgress(userId),
    listLiveFlashcards(null),
    listSectionsWithFlashcardCounts(),
    listSectionQuestionIds(),
    listQuestionResults(userId),
  ]);

  const heatmap = countPerDay(year, times);
  const retention = trueRetention(
    retentionRows.map((r) => ({ ...r, dayKey: month[dayIndexOf(month, r.reviewedAt.getTime())]?.key ?? "" })),
  );
  const counts: CardsByState = { new: 0, learning: 0, review: 0, relearning: 0, suspended: 0, notIntroduced: 0 };
  for (const card of cards) {
    if (card.suspended) counts.suspended += 1;
    else if (card.state in counts) counts[card.state as "new" | "learning" | "review" | "relearning"] += 1;
  }
  const owned = new Set(cards.map((c) => c.flashcardId));
  counts.notIntroduced = flashcards.filter((f) => !owned.has(f.id)).length;
  const questions = [...questionIds].flatMap(([sectionId, ids]) => ids.map((id) => ({ id, sectionId })));
  return {
    timeZone,
    desiredRetention: settings.desiredRetention,
    heatmap,
    reviewsLastYear: times.length,
    streak: studyStreak(heatmap),
    forecast: dueForecast(
      ahead,
      cards.filter((c) => !c.suspended && c.state !== "new").map((c) => c.due),
    ),
    retention,
    cards: counts,
    mastery: sectionMastery({ sections, questions, flashcards, results, cards }),
  };
}
