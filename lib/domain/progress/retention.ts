// True retention as Anki's statistics define it: the share of reviews of cards in the review state
// (graduated; learning and relearning steps excluded) that were not failed (Again = fail), split by
// the interval the card had before the review: young < 21 days, mature >= 21 days. Only a card's
// first review on a study day counts, so a same-day repeat does not count twice.

export const MATURE_INTERVAL_DAYS = 21;

export type RetentionReview = { cardId: string; dayKey: string; rating: number; stateBefore: string; intervalBefore: number };
export type RetentionBucket = { passed: number; total: number; rate: number | null };
export type TrueRetention = { young: RetentionBucket; mature: RetentionBucket; all: RetentionBucket };

const bucket = (passed: number, total: number): RetentionBucket => ({ passed, total, rate: total > 0 ? passed / total : null });

// Retention over `reviews`, given in time order.
export function trueRetention(reviews: Iterable<RetentionReview>): TrueRetention {
  const seen = new Set<string>();
  const counts = { young: [0, 0], mature: [0, 0] };
  for (const r of reviews) {
    if (r.stateBefore !== "review") continue;
    const key = `${r.cardId}\u0000${r.dayKey}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const c = r.intervalBefore >= MATURE_INTERVAL_DAYS ? counts.mature : counts.young;
    c[1] = (c[1] ?? 0) + 1;
    if (r.rating > 1) c[0] = (c[0] ?? 0) + 1;
  }
  const [yp = 0, yt = 0] = counts.young;
  const [mp = 0, mt = 0] = counts.mature;
  return { young: bucket(yp, yt), mature: bucket(mp, mt), all: bucket(yp + mp, yt + mt) };
}
