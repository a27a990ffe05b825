import { newCardState, type CardState } from "@/lib/domain/review/card-state";
import { buildFsrsItems } from "@/lib/domain/review/fsrs-items";
import { applyReview, previewIntervals, RATINGS, type ReviewRating } from "@/lib/domain/review/schedule";
import { parseReviewSettings } from "@/lib/domain/review/settings";
import { studyDayNumber } from "@/lib/domain/review/study-day";

// Two figures of the scheduler, through the app's own domain functions, for simulated learners:
// 1. the share of review pairs where the elapsed days FSRS scheduled with differ from the delta_t
//    the optimizer trains on (both must count the learner's study days);
// 2. the share of answer-button labels that differ from the interval stored when the card is graded
//    a few seconds after it was shown (the fuzz must not depend on the time).
//
//   npx tsx bench/scheduler-clock.ts [--pairs 20000] [--cards 500]

const args = new Map(process.argv.slice(2).flatMap((a, i, all) => (a.startsWith("--") ? [[a.slice(2), all[i + 1] ?? ""]] : [])));
const pairs = Number(args.get("pairs") ?? 20_000);
const cards = Number(args.get("cards") ?? 500);
const HOUR = 3_600_000;

// A deterministic RNG, so every run prints the same figures.
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

// Learners who study at a local hour, in a zone with DST changes inside the simulated year.
const learners = [
  { name: "New York, evenings (19-23h)", timeZone: "America/New_York", hours: [19, 23] },
  { name: "Tokyo, mornings (6-9h)", timeZone: "Asia/Tokyo", hours: [6, 9] },
  { name: "Berlin, around midnight (22-2h)", timeZone: "Europe/Berlin", hours: [22, 26] },
  { name: "Auckland, afternoons (13-17h)", timeZone: "Pacific/Auckland", hours: [13, 17] },
];

for (const learner of learners) {
  const settings = parseReviewSettings({ timeZone: learner.timeZone });
  const random = rng(7);
  const day = (d: Date) => studyDayNumber(d, learner.timeZone, settings.dayStartsAtHour);
  let disagree = 0;
  let done = 0;
  let card: CardState = newCardState(new Date("2026-01-05T00:00:00Z"));
  let history = [] as { cardId: string; rating: number; reviewedAt: Date; stateBefore: CardState["state"] }[];
  let now = new Date("2026-01-05T00:00:00Z");
  while (done < pairs) {
    // The learner's next session: its local hour, on the day the card is due or a day later.
    const dueDay = new Date(card.due.getTime() + (random() < 0.3 ? 24 * HOUR : 0));
    // The zone's offset then (local minus UTC), and the local midnight of that day.
    const offset = Date.parse(dueDay.toLocaleString("en-US", { timeZone: learner.timeZone })) - Date.parse(dueDay.toLocaleString("en-US", { timeZone: "UTC" }));
    const local = new Date(dueDay.getTime() + offset);
    const localMidnight = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - offset;
    const hour = learner.hours[0]! + random() * (learner.hours[1]! - learner.hours[0]!);
    now = new Date(Math.max(card.due.getTime(), localMidnight + hour * HOUR));
    const rating: ReviewRating = card.state === "new" ? 3 : random() < 0.1 ? 1 : 3;
    const { card: next, log } = applyReview(settings, card, rating, now, 0, "bench");
    history.push({ cardId: "c", rating, reviewedAt: now, stateBefore: card.state });
    if (card.state !== "new") {
      // The optimizer's delta_t for this review: from its item, or 0 when the pair is same-day (no item).
      const items = buildFsrsItems(history, day);
      const last = items.at(-1);
      const deltaT = last && last.length === history.length ? last.at(-1)!.deltaT : 0;
      if (deltaT !== log.elapsedDays) disagree++;
      done++;
    }
    card = next;
    // Start a fresh card now and then, so that short intervals stay frequent.
    if (card.scheduledDays > 60) {
      card = newCardState(new Date(now.getTime() + 24 * HOUR));
      history = [];
    }
  }
  console.log(`${learner.name}: elapsed days differ from the optimizer's delta_t in ${((100 * disagree) / done).toFixed(2)}% of ${done} review pairs`);
}

{
  const settings = parseReviewSettings({});
  let differ = 0;
  let total = 0;
  for (let i = 0; i < cards; i++) {
    const id = `card-${i}`;
    let card = newCardState(new Date("2026-01-10T12:00:00Z"));
    for (let k = 0; k < 5; k++) card = applyReview(settings, card, 3, card.due, 0, id).card;
    const shown = new Date(card.due.getTime() + i * 1_003);
    const graded = new Date(shown.getTime() + 7_000);
    const labels = previewIntervals(settings, card, shown, id);
    for (const rating of RATINGS) {
      const stored = applyReview(settings, card, rating, graded, 7_000, id).card;
      const storedMs = stored.due.getTime() - graded.getTime();
      const storedLabel = previewIntervals(settings, card, graded, id)[rating].label;
      total++;
      if (labels[rating].label !== storedLabel || Math.abs(labels[rating].intervalMs - storedMs) > 7_000) differ++;
    }
  }
  console.log(`Answer buttons: ${total - differ} of ${total} labels (${((100 * (total - differ)) / total).toFixed(1)}%) equal the interval stored 7 s later`);
}
