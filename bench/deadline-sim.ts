import { default_w, forgetting_curve, fsrs, type FSRSState } from "ts-fsrs";
import { createRng, type Rng } from "@/lib/domain/quiz/rng";
import { newCardState } from "@/lib/domain/review/card-state";
import type { CardSnapshot } from "@/lib/domain/review/history";
import { buildQueue, type QueueCard } from "@/lib/domain/review/queue";
import { studyDaysBetween, type ReviewRating } from "@/lib/domain/review/schedule";
import { parseReviewSettings } from "@/lib/domain/review/settings";
import { studyDayStartAfter } from "@/lib/domain/review/study-day";
import { paceUnseenCards, targetCardsDueToday } from "@/lib/domain/review/target-pacing";
import { gradeShaped, movedDue, type Workload } from "@/lib/domain/review/shaping";
import { readiness } from "@/lib/domain/review/targets";

// Study for a date, simulated: learners whose memory follows known FSRS-6 parameters (the ground
// truth, unknown to the app, which schedules with the defaults) study 150 cards due in 14 and in 30
// days, once through ordinary scheduling and once through study for a date (paced new cards, capped
// intervals), with the app's own domain functions. The material's share of the learner's new-card
// limit is 5 a day (a learner with other decks too), so ordinary scheduling cannot reach all 150
// cards in 14 days; a third run is ordinary scheduling introducing the cards at the same pace as
// study for a date (all 150 by the date) with no caps, the like-for-like baseline of what the caps
// cost. Prints, per due date and mode: mean true recall on the date (never-studied cards
// count 0), the share of learners at or above the 90% target, reviews spent, and the error of the
// app's predicted readiness (computed on the eve) against the simulated truth.
//
// Grades go through load balancing as the app's default has it (each learner's due counts kept as
// the simulated cards move); --no-balance grades without it.
//
//   npx tsx bench/deadline-sim.ts [--learners N] [--no-balance]

const LEARNERS = Number(process.argv[process.argv.indexOf("--learners") + 1]) || 40;
const CARDS = 150;
const TARGET = 0.9;
const START = new Date("2026-03-02T18:00:00Z");
const HOUR = 3_600_000;
const BALANCE = !process.argv.includes("--no-balance");
const settings = parseReviewSettings({ timeZone: "UTC", newPerDay: 5, maxReviewsPerDay: 9999, loadBalancing: BALANCE });

type Learner = { stabilityScale: number; decay: number };
type SimCard = { id: string; position: number; state: CardSnapshot; truth: FSRSState | null; lastTrue: Date | null };

const truthOf = (l: Learner) => default_w.map((w, i) => (i < 4 ? w * l.stabilityScale : i === 20 ? l.decay : w));

function answer(rng: Rng, recalled: boolean): ReviewRating {
  if (!recalled) return 1;
  const r = rng();
  return r < 0.1 ? 2 : r < 0.95 ? 3 : 4;
}

type Mode = "ordinary" | "ordinary, same pace" | "toward the date";

function simulate(learner: Learner, seed: string, days: number, mode: Mode) {
  const towardDate = mode === "toward the date";
  const paceAll = mode !== "ordinary";
  const rng = createRng(seed);
  const wTrue = truthOf(learner);
  const truth = fsrs({ w: wTrue, enable_short_term: true });
  const date = studyDayStartAfter(START, days, "UTC", settings.dayStartsAtHour);
  const targets = towardDate ? [{ date, targetRecall: TARGET }] : [];
  const cards: SimCard[] = Array.from({ length: CARDS }, (_, i) => ({ id: `${seed}:${i}`, position: i, state: { ...newCardState(START), suspended: false, leech: false, buriedUntil: null }, truth: null, lastTrue: null }));
  const byId = new Map(cards.map((c) => [c.id, c]));
  let reviews = 0;
  let predicted = 0;
  let workload: Workload = { loadBalancing: settings.loadBalancing, easyDays: settings.easyDays, dueCounts: {} };
  for (let day = 0; day < days; day++) {
    let now = new Date(START.getTime() + day * 24 * HOUR);
    const sessionEnd = now.getTime() + 3 * HOUR;
    const done = { newIntroduced: 0, reviewsDone: 0 };
    // Study for a date: today's paced share of the never-studied cards, beyond the new-card limit.
    const unseen = cards.filter((c) => c.state.state === "new").length;
    let paced = paceAll ? targetCardsDueToday(paceUnseenCards({ unseen, daysUntil: days - day, cap: 1000 }), 1000, 0) : 0;
    const requested = new Set(cards.filter((c) => c.state.state === "new").slice(0, paced).map((c) => c.id));
    while (now.getTime() < sessionEnd) {
      const dayEnd = studyDayStartAfter(now, 1, "UTC", settings.dayStartsAtHour).getTime();
      const candidates: QueueCard[] = cards
        .filter((c) => c.state.state === "new" || c.state.due.getTime() < dayEnd)
        .map((c) => ({ id: c.id, state: c.state.state, due: c.state.due, suspended: false, buriedUntil: null, position: c.position, fromQuiz: requested.has(c.id) }));
      const next = buildQueue({ cards: candidates, doneToday: done, settings, now, limit: 1 });
      const item = next.items[0];
      if (!item) {
        if (next.nextLearningDue && next.nextLearningDue.getTime() < sessionEnd) {
          now = next.nextLearningDue;
          continue;
        }
        break;
      }
      const card = byId.get(item.cardId)!;
      const elapsed = card.lastTrue ? studyDaysBetween(card.lastTrue, now, settings) : 0;
      const r = card.truth ? forgetting_curve(wTrue, elapsed, card.truth.stability) : 0;
      const isNew = card.state.state === "new";
      const rating: ReviewRating = isNew ? ([1, 2, 3, 3, 3, 4] as const)[Math.floor(rng() * 6)]! : answer(rng, rng() < r);
      card.truth = truth.next_state(card.truth, elapsed, rating);
      card.lastTrue = now;
      if (isNew && !requested.has(card.id)) done.newIntroduced++;
      if (isNew && requested.has(card.id)) paced--;
      if (card.state.state === "review") done.reviewsDone++;
      const before = card.state;
      card.state = gradeShaped(settings, before, rating, now, 5000, card.id, targets, workload).card;
      workload = { ...workload, dueCounts: movedDue(workload.dueCounts, before, card.state, settings) };
      reviews++;
      now = new Date(now.getTime() + 10_000);
    }
    // The app's prediction, made on the eve with the scheduler's (default) parameters.
    if (day === days - 1) predicted = readiness(cards.map((c) => c.state), CARDS, date, now, settings.weights, settings).onDate;
  }
  const trueOnDate = cards.reduce((sum, c) => sum + (c.truth && c.lastTrue ? forgetting_curve(wTrue, studyDaysBetween(c.lastTrue, date, settings), c.truth.stability) : 0), 0) / CARDS;
  return { trueOnDate, reviews, predicted };
}

const rng = createRng("deadline-sim");
const learners: Learner[] = Array.from({ length: LEARNERS }, () => ({ stabilityScale: 0.5 + rng() * 1.5, decay: 0.15 + rng() * 0.25 }));
console.log(`${LEARNERS} simulated learners (true initial stabilities x0.5-2, decay 0.15-0.4), ${CARDS} cards, target ${TARGET * 100}%, new-card limit ${settings.newPerDay}/day, load balancing ${BALANCE ? "on" : "off"}`);
for (const days of [14, 30]) {
  const rows = (["ordinary", "ordinary, same pace", "toward the date"] as const).map((mode) => {
    const runs = learners.map((l, i) => simulate(l, `learner-${i}`, days, mode));
    const mean = (f: (r: (typeof runs)[number]) => number) => runs.reduce((s, r) => s + f(r), 0) / runs.length;
    return {
      mode,
      recall: mean((r) => r.trueOnDate),
      met: runs.filter((r) => r.trueOnDate >= TARGET).length / runs.length,
      reviews: mean((r) => r.reviews),
      error: mean((r) => Math.abs(r.predicted - r.trueOnDate)),
      worst: Math.max(...runs.map((r) => Math.abs(r.predicted - r.trueOnDate))),
    };
  });
  console.log(`\ndue in ${days} days`);
  for (const r of rows) {
    console.log(
      `  ${r.mode.padEnd(20)} true recall on the date ${(r.recall * 100).toFixed(1)}% · at target ${(r.met * 100).toFixed(0)}% of learners · ${r.reviews.toFixed(0)} reviews · readiness error mean ${(r.error * 100).toFixed(1)} pts, worst ${(r.worst * 100).toFixed(1)} pts`,
    );
  }
  console.log(`  reviews toward the date / ordinary: ${(rows[2]!.reviews / rows[0]!.reviews).toFixed(2)}x; / ordinary at the same pace: ${(rows[2]!.reviews / rows[1]!.reviews).toFixed(2)}x`);
}
