// The end-of-session summary on the review screen (as Anki's "Congratulations" and Quizlet's round
// summary show it): what this sitting's grades add up to.

export type SessionReview = { cardId: string; rating: 1 | 2 | 3 | 4; durationMs: number };

export type SessionSummary = {
  reviews: number;
  cards: number;
  byGrade: { again: number; hard: number; good: number; easy: number };
  // Share of reviews answered Again, 0..100 (0 when nothing was reviewed).
  againPercent: number;
  // Time spent looking at cards: the sum of each review's duration, in seconds.
  seconds: number;
  // Mean seconds per review (0 when nothing was reviewed).
  secondsPerReview: number;
};

const GRADE_KEYS = ["again", "hard", "good", "easy"] as const;

// Sums a session's reviews (those still standing: undone ones are left out by the caller).
export function summarizeSession(reviews: readonly SessionReview[]): SessionSummary {
  const byGrade = { again: 0, hard: 0, good: 0, easy: 0 };
  let ms = 0;
  for (const review of reviews) {
    byGrade[GRADE_KEYS[review.rating - 1]!] += 1;
    ms += Number.isFinite(review.durationMs) ? Math.max(0, review.durationMs) : 0;
  }
  const count = reviews.length;
  const seconds = ms / 1000;
  return {
    reviews: count,
    cards: new Set(reviews.map((r) => r.cardId)).size,
    byGrade,
    againPercent: count === 0 ? 0 : (byGrade.again / count) * 100,
    seconds,
    secondsPerReview: count === 0 ? 0 : seconds / count,
  };
}
