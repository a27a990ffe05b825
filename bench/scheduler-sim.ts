import { createRequire } from "node:module";
import { default_w, forgetting_curve, fsrs, type FSRSState } from "ts-fsrs";
import { createRng, type Rng } from "@/lib/domain/quiz/rng";
import { newCardState } from "@/lib/domain/review/card-state";
import { splitFsrsItemsByTime, type HistoryReview, type ItemReview } from "@/lib/domain/review/fsrs-items";
import { gradeCard, type CardSnapshot } from "@/lib/domain/review/history";
import { buildQueue, type QueueCard } from "@/lib/domain/review/queue";
import { formatInterval, previewIntervals, studyDaysBetween, type ReviewRating } from "@/lib/domain/review/schedule";
import { parseReviewSettings, type ReviewSettings } from "@/lib/domain/review/settings";
import { studyDayNumber, studyDayStart, studyDayStartAfter } from "@/lib/domain/review/study-day";

// Simulated learners whose memory follows known FSRS-6 parameters (the ground truth) study every
// evening for 180 days in several time zones (DST changes included), through the app's own domain
// functions: the queue picks the cards, the scheduler grades them. Prints reviews per day, true
// recall against the desired retention, the log loss of the default and of fitted parameters on
// held-out reviews (the optimizer's time split; the truth's own log loss as the floor), and the
// share of answer-button labels equal to the interval stored 7 s later.
//
//   npx tsx bench/scheduler-sim.ts          short run (2 learners, 45 days), for CI
//   npx tsx bench/scheduler-sim.ts --full   4 learners, 180 days

const full = process.argv.includes("--full");
const DAYS = full ? 180 : 45;
const START = new Date("2026-01-05T12:00:00Z");
const HOUR = 3_600_000;

type Learner = { name: string; timeZone: string; localHour: number; stabilityScale: number; decay: number };
const LEARNERS: Learner[] = [
  { name: "New York, 20h", timeZone: "America/New_York", localHour: 20, stabilityScale: 1.5, decay: 0.25 },
  { name: "Tokyo, 7h", timeZone: "Asia/Tokyo", localHour: 7, stabilityScale: 0.7, decay: 0.15 },
  { name: "Berlin, 23h", timeZone: "Europe/Berlin", localHour: 23, stabilityScale: 1, decay: 0.4 },
  { name: "Auckland, 15h", timeZone: "Pacific/Auckland", localHour: 15, stabilityScale: 2.5, decay: 0.2 },
].slice(0, full ? 4 : 2);

// The learner's true memory parameters: FSRS-6 defaults with other initial stabilities and decay.
const truthOf = (l: Learner) => default_w.map((w, i) => (i < 4 ? w * l.stabilityScale : i === 20 ? l.decay : w));

type SimCard = { id: string; position: number; state: CardSnapshot; truth: FSRSState | null; lastTrue: Date | null };

type Binding = {
  computeParameters(items: unknown[], options: { enableShortTerm: boolean; numRelearningSteps: number }): Promise<number[]>;
  FSRSBinding: new (w: number[]) => { evaluate(items: unknown[]): { logLoss: number; rmseBins: number } };
  FSRSBindingItem: new (reviews: unknown[]) => unknown;
  FSRSBindingReview: new (rating: number, deltaT: number) => unknown;
};
function loadBinding(): Binding | null {
  try {
    return createRequire(`${process.cwd()}/`)("@open-spaced-repetition/binding-linux-x64-gnu") as Binding;
  } catch {
    return null;
  }
}

// The learner's grade: Again when they fail to recall, else mostly Good.
function answer(rng: Rng, recalled: boolean): ReviewRating {
  if (!recalled) return 1;
  const r = rng();
  return r < 0.1 ? 2 : r < 0.95 ? 3 : 4;
}

async function simulate(learner: Learner, binding: Binding | null) {
  const rng = createRng(`sim:${learner.name}`);
  const settings: ReviewSettings = parseReviewSettings({ timeZone: learner.timeZone, newPerDay: 15, maxReviewsPerDay: 200 });
  const wTrue = truthOf(learner);
  const truth = fsrs({ w: wTrue, enable_short_term: true });
  const cards: SimCard[] = Array.from({ length: 15 * DAYS + 50 }, (_, i) => ({
    id: `${learner.name}:${i}`,
    position: i,
    state: { ...newCardState(START), suspended: false, leech: false, buriedUntil: null },
    truth: null,
    lastTrue: null,
  }));
  const byId = new Map(cards.map((c) => [c.id, c]));
  const history: HistoryReview[] = [];
  const perDay: number[] = [];
  let labelsSame = 0;
  let labels = 0;
  let reviewRecalls = 0;
  let reviewCount = 0;
  let trueR = 0;

  for (let day = 0; day < DAYS; day++) {
    // The session starts at the learner's local hour on this study day (4 a.m. + the hours after it).
    const dayStart = studyDayStartAfter(START, day, learner.timeZone, settings.dayStartsAtHour);
    let now = new Date(dayStart.getTime() + ((learner.localHour - settings.dayStartsAtHour + 24) % 24) * HOUR);
    const sessionEnd = now.getTime() + 3 * HOUR;
    const since = studyDayStart(now, learner.timeZone, settings.dayStartsAtHour).getTime();
    const done = { newIntroduced: 0, reviewsDone: 0 };
    let reviewsToday = 0;
    while (now.getTime() < sessionEnd) {
      // Only what today can show: cards due before the day ends and the next new cards.
      const dayEnd = studyDayStartAfter(now, 1, learner.timeZone, settings.dayStartsAtHour).getTime();
      const candidates: QueueCard[] = [];
      let fresh = 0;
      for (const c of cards) {
        if (c.state.state === "new") {
          if (fresh++ >= settings.newPerDay) continue;
        } else if (c.state.due.getTime() >= dayEnd) continue;
        candidates.push({ id: c.id, state: c.state.state, due: c.state.due, suspended: false, buriedUntil: null, position: c.position });
      }
      const queue = buildQueue({ cards: candidates, doneToday: done, settings, now, limit: 1 });
      const next = queue.items[0];
      if (!next) {
        if (queue.nextLearningDue && queue.nextLearningDue.getTime() < sessionEnd) {
          now = queue.nextLearningDue;
          continue;
        }
        break;
      }
      const card = byId.get(next.cardId)!;
      // The truth: recall with the true retrievability after the study days elapsed.
      const elapsed = card.lastTrue ? studyDaysBetween(card.lastTrue, now, settings) : 0;
      const r = card.truth ? forgetting_curve(wTrue, elapsed, card.truth.stability) : 0;
      const isNew = card.state.state === "new";
      const rating: ReviewRating = isNew ? ([1, 2, 3, 3, 3, 4] as const)[Math.floor(rng() * 6)]! : answer(rng, rng() < r);
      if (card.state.state === "review") {
        reviewCount++;
        trueR += r;
        if (rating > 1) reviewRecalls++;
      }
      card.truth = truth.next_state(card.truth, elapsed, rating);
      card.lastTrue = now;

      // The app: the label shown, then the grade stored 7 s later.
      const shown = now;
      const graded = new Date(shown.getTime() + 7_000);
      const label = previewIntervals(settings, card.state, shown, card.id)[rating].label;
      const before = card.state.state;
      card.state = gradeCard(settings, card.state, rating, graded, 7_000, card.id).card;
      labels++;
      if (formatInterval(card.state.due.getTime() - graded.getTime()) === label) labelsSame++;
      history.push({ cardId: card.id, rating, reviewedAt: graded, stateBefore: before });
      if (before === "new" && graded.getTime() >= since) done.newIntroduced++;
      if (before === "review") done.reviewsDone++;
      reviewsToday++;
      now = new Date(graded.getTime() + 3_000);
    }
    perDay.push(reviewsToday);
  }

  // Log loss on the latest 20% of reviews: FSRS defaults, parameters fitted on the earlier 80%, the truth.
  const dayNumber = (d: Date) => studyDayNumber(d, learner.timeZone, settings.dayStartsAtHour);
  const { train, heldOut } = splitFsrsItemsByTime(history, dayNumber, 0.2);
  let loss: { defaults: number; fitted: number; truth: number } | null = null;
  if (binding && heldOut.length > 0) {
    const toItems = (items: ItemReview[][]) => items.map((reviews) => new binding.FSRSBindingItem(reviews.map((x) => new binding.FSRSBindingReview(x.rating, x.deltaT))));
    const test = toItems(heldOut);
    const fitted = await binding.computeParameters(toItems(train), { enableShortTerm: true, numRelearningSteps: settings.relearningSteps.length });
    loss = {
      defaults: new binding.FSRSBinding([...default_w]).evaluate(test).logLoss,
      fitted: new binding.FSRSBinding(fitted).evaluate(test).logLoss,
      truth: new binding.FSRSBinding(wTrue).evaluate(test).logLoss,
    };
  }
  return { perDay, labels, labelsSame, reviewCount, reviewRecalls, trueR, loss, reviews: history.length, heldOut: heldOut.length };
}

async function main() {
  const binding = loadBinding();
  console.log(`scheduler-sim: ${LEARNERS.length} learners, ${DAYS} days, desired retention 0.90, 15 new cards a day${full ? "" : " (short run; --full for 180 days)"}`);
  let allLabels = 0;
  let allSame = 0;
  for (const learner of LEARNERS) {
    const r = await simulate(learner, binding);
    allLabels += r.labels;
    allSame += r.labelsSame;
    const blocks: string[] = [];
    for (let d = 0; d < r.perDay.length; d += 30) {
      const block = r.perDay.slice(d, d + 30);
      blocks.push(`days ${d + 1}-${d + block.length}: ${(block.reduce((a, b) => a + b, 0) / block.length).toFixed(0)}/day (max ${Math.max(...block)})`);
    }
    console.log(`\n${learner.name} (true initial stabilities x${learner.stabilityScale}, decay ${learner.decay})`);
    console.log(`  reviews: ${r.reviews} in all; ${blocks.join("; ")}`);
    console.log(
      `  review-state cards: recalled ${((100 * r.reviewRecalls) / Math.max(1, r.reviewCount)).toFixed(1)}% of ${r.reviewCount}, mean true retrievability ${((100 * r.trueR) / Math.max(1, r.reviewCount)).toFixed(1)}% (target 90%)`,
    );
    if (r.loss) console.log(`  held-out log loss (${r.heldOut} items): defaults ${r.loss.defaults.toFixed(4)}, fitted ${r.loss.fitted.toFixed(4)}, truth ${r.loss.truth.toFixed(4)}`);
    else console.log("  held-out log loss: the optimizer binding is not available here");
    console.log(`  button labels equal to the stored interval: ${r.labelsSame}/${r.labels}`);
  }
  console.log(`\nAll learners: ${allSame} of ${allLabels} button labels (${((100 * allSame) / Math.max(1, allLabels)).toFixed(1)}%) equal the interval stored 7 s later`);
  if (allSame !== allLabels) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
