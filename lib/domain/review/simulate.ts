import { default_w, forgetting_curve, FSRSAlgorithm, generatorParameters, Rating } from "ts-fsrs";
import { createRng } from "@/lib/domain/quiz/rng";

// The simulator for a study target (after Anki's FSRS simulator): from the learner's own cards of the
// target's material and their settings, it plays the days up to the date several times, each card
// recalled with the probability FSRS predicts from its memory, and reports reviews per day and the
// mean recall of the material on the date, for a few choices of desired retention and daily new
// cards. A study day is the unit (learning steps within a day are not modelled: a new card costs one
// review, a lapse two). Intervals follow FSRS without fuzz, capped as grading caps target cards
// (targets.ts: the next review falls on the date's eve when memory alone would not hold). Seeded,
// so the same cards and settings give the same figures.

export type SimulatedCard = {
  stability: number;
  difficulty: number;
  // Study days from today back to the last review (0: today), and from today to the due day.
  daysSinceReview: number;
  dueInDays: number;
};

export type SimulationInput = {
  // The learner's studied cards of the material; `unseen` more were never studied.
  cards: readonly SimulatedCard[];
  unseen: number;
  // Study days until the date (the date's study day itself is not studied).
  days: number;
  targetRecall: number;
  desiredRetention: number;
  // Never-studied cards of the material introduced per day, and the most reviews a day.
  newPerDay: number;
  maxReviewsPerDay: number;
  maximumInterval: number;
  weights?: readonly number[];
  seed: string;
  // Playthroughs averaged (default 8).
  runs?: number;
};

export type SimulationResult = {
  // Mean reviews on each study day from today (length `days`).
  reviewsPerDay: number[];
  totalReviews: number;
  // Mean recall of the whole material on the date (never-studied cards count 0).
  recallOnDate: number;
};

type Mem = { s: number; d: number; last: number; due: number };

// One choice of settings, averaged over its runs.
export function simulateTarget(input: SimulationInput): SimulationResult {
  const runs = Math.max(1, input.runs ?? 8);
  const days = Math.max(0, Math.floor(input.days));
  const w = input.weights ? [...input.weights] : default_w;
  const fsrs = new FSRSAlgorithm(generatorParameters({ w, request_retention: input.desiredRetention, enable_fuzz: false, maximum_interval: input.maximumInterval }));
  const total = input.cards.length + input.unseen;
  const reviewsPerDay = new Array<number>(days).fill(0);
  let recall = 0;
  for (let run = 0; run < runs; run++) {
    const rng = createRng(`${input.seed}:${input.desiredRetention}:${input.newPerDay}:${run}`);
    const cards: Mem[] = input.cards.map((c) => ({ s: c.stability, d: c.difficulty, last: -c.daysSinceReview, due: Math.max(0, c.dueInDays) }));
    let unseen = input.unseen;
    // The next review of a card reviewed on `day` with stability `s`, capped toward the date.
    const nextDue = (day: number, s: number, elapsed: number) => {
      const due = day + Math.max(1, fsrs.next_interval(s, elapsed));
      const holds = forgetting_curve(w, days - day, s) >= input.targetRecall;
      return due >= days && !holds && days - 1 > day ? days - 1 : due;
    };
    for (let day = 0; day < days; day++) {
      let done = 0;
      const fresh = Math.min(unseen, input.newPerDay, input.maxReviewsPerDay);
      for (let i = 0; i < fresh; i++) {
        const grade = rng() < 0.15 ? Rating.Again : Rating.Good;
        const state = fsrs.next_state(null, 0, grade);
        cards.push({ s: state.stability, d: state.difficulty, last: day, due: grade === Rating.Again ? day + 1 : nextDue(day, state.stability, 0) });
        done += grade === Rating.Again ? 2 : 1;
      }
      unseen -= fresh;
      const due = cards.filter((c) => c.due <= day).sort((a, b) => a.due - b.due);
      for (const card of due) {
        if (done >= input.maxReviewsPerDay) break;
        const elapsed = day - card.last;
        const recalled = rng() < forgetting_curve(w, elapsed, card.s);
        const state = fsrs.next_state({ stability: card.s, difficulty: card.d }, elapsed, recalled ? Rating.Good : Rating.Again);
        card.s = state.stability;
        card.d = state.difficulty;
        card.last = day;
        card.due = recalled ? nextDue(day, state.stability, elapsed) : day + 1;
        done += recalled ? 1 : 2;
      }
      reviewsPerDay[day]! += done;
    }
    if (total > 0) recall += cards.reduce((sum, c) => sum + forgetting_curve(w, Math.max(0, days - c.last), c.s), 0) / total;
  }
  const perDay = reviewsPerDay.map((n) => n / runs);
  return { reviewsPerDay: perDay, totalReviews: perDay.reduce((a, b) => a + b, 0), recallOnDate: total > 0 ? recall / runs : 1 };
}

export type SimulationChoice = { desiredRetention: number; newPerDay: number; result: SimulationResult };

// The desired retentions the simulator compares (Anki's simulator's usual range).
export const SIMULATED_RETENTIONS = [0.8, 0.85, 0.9, 0.95] as const;

// Every pair of retention and new-card limit, in that order.
export function simulateChoices(base: Omit<SimulationInput, "desiredRetention" | "newPerDay">, retentions: readonly number[], newLimits: readonly number[]): SimulationChoice[] {
  return retentions.flatMap((desiredRetention) => newLimits.map((newPerDay) => ({ desiredRetention, newPerDay, result: simulateTarget({ ...base, desiredRetention, newPerDay }) })));
}
