import type { CardSnapshot, ScheduleParams } from "@/lib/schemas/review";
import { cloneSnapshot, gradeKindOf, isGradeKind } from "./history";
import { replaySteps, type ReplayEntry } from "./replay";
import type { ReviewRating } from "./schedule";
import { gradeShaped, movedDue, type Workload } from "./shaping";
import type { TargetDate } from "./targets";

// Applying reviews that may arrive late (graded offline, or on another device): each card's log is
// kept in review-time order, so a review older than entries already stored is inserted among them
// and every entry from there on is applied again (replay.ts), which gives the card the same state
// whichever device synced first. Reviews newer than everything stored are simply applied in turn.

// A review as the learner made it, at the time they made it.
export type IncomingReview = { reviewId: string; rating: ReviewRating; reviewedAt: Date; durationMs: number };

// A stored log entry of the card, with what the merge may have to rewrite.
export type StoredEntry = ReplayEntry & { id: string; versionAfter: number };

// The card's stored history: the card before its first entry (null: unreadable) and its entries in order.
export type StoredHistory = { start: CardSnapshot | null; entries: readonly StoredEntry[] };

type StepBase = { kind: string; before: CardSnapshot; after: CardSnapshot; versionAfter: number };
// One entry to write: a new review's entry (with the settings that graded it, which a study
// target's cap may have lowered), or a stored entry whose card before/after changed.
export type MergeStep = (StepBase & { source: "new"; review: IncomingReview; params: ScheduleParams }) | (StepBase & { source: "stored"; id: string });

// The card after every review, its version, and the entries to insert or rewrite.
export type MergePlan = { card: CardSnapshot; version: number; steps: MergeStep[] };

export type PlanInput = {
  cardId: string;
  // The card as stored now, and its version.
  current: CardSnapshot;
  version: number;
  // Needed only when a review is older than the card's latest entry; null otherwise.
  history: StoredHistory | null;
  reviews: readonly IncomingReview[];
  // The settings new reviews are graded with (stored entries keep their own).
  params: ScheduleParams;
  // The card's study-target dates: a review appended now gets an interval that keeps the card
  // remembered on them (lib/domain/review/targets.ts). A merged late review is capped the same way,
  // from the card as it was at its review time.
  targets?: readonly TargetDate[];
  // Load balancing and easy days with the due counts before these reviews (shaping.ts); each review
  // appended moves the card in the counts the next one sees.
  workload?: Workload | null;
};

// A quiz feed leaves the card (and its version) as it was; every other entry bumps the version.
const bumps = (entry: StoredEntry) => !(entry.kind === "manual" && entry.action?.type === "quiz-feed");

// Whether any review is older than the card's latest stored entry (then the history is needed).
export function needsMerge(reviews: readonly IncomingReview[], latestEntryAt: Date | null): boolean {
  return latestEntryAt !== null && reviews.some((r) => r.reviewedAt < latestEntryAt);
}

// Plans one card's reviews: appended in time order, or merged into its history by review time.
export function planReviews(input: PlanInput): MergePlan {
  const reviews = [...input.reviews].sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
  const history = input.history;
  if (history?.start && reviews.length > 0 && history.entries.some((e) => e.reviewedAt > reviews[0]!.reviewedAt)) {
    const merged = mergeIntoHistory({ ...input, reviews }, history.start, history.entries);
    if (merged) return merged;
  }
  return appendReviews({ ...input, reviews });
}

function appendReviews({ cardId, current, version, reviews, params, targets = [], workload = null }: PlanInput): MergePlan {
  let card = cloneSnapshot(current);
  let shaping = workload;
  const steps: MergeStep[] = reviews.map((review, i) => {
    const before = card;
    const graded = gradeShaped(params, before, review.rating, review.reviewedAt, review.durationMs, cardId, targets, shaping);
    card = graded.card;
    if (shaping) shaping = { ...shaping, dueCounts: movedDue(shaping.dueCounts, before, card, params) };
    return { source: "new", review, params: graded.params, kind: gradeKindOf(before.state), before, after: card, versionAfter: version + i + 1 };
  });
  return { card, version: version + reviews.length, steps };
}

type Slot = { source: "new"; review: IncomingReview } | { source: "stored"; entry: StoredEntry };

// Null when the stored history cannot be replayed (entries from before settings were stored): the
// reviews are then appended.
function mergeIntoHistory(input: PlanInput, start: CardSnapshot, stored: readonly StoredEntry[]): MergePlan | null {
  const slots: Slot[] = [];
  let j = 0;
  for (const entry of stored) {
    while (j < input.reviews.length && input.reviews[j]!.reviewedAt < entry.reviewedAt) slots.push({ source: "new", review: input.reviews[j++]! });
    slots.push({ source: "stored", entry });
  }
  while (j < input.reviews.length) slots.push({ source: "new", review: input.reviews[j++]! });
  const replayed = replaySlots(start, slots, input);
  if (!replayed) return null;
  const first = slots.findIndex((s) => s.source === "new");
  // The version before the first rewritten entry; each later entry bumps it as it did when stored.
  const previous = slots[first - 1];
  const firstStored = stored[0]!;
  let v = previous?.source === "stored" ? previous.entry.versionAfter : firstStored.versionAfter - (bumps(firstStored) ? 1 : 0);
  const steps: MergeStep[] = [];
  for (let i = first; i < slots.length; i++) {
    const slot = slots[i]!;
    const before = i === 0 ? cloneSnapshot(start) : replayed.cards[i - 1]!;
    const after = replayed.cards[i]!;
    if (slot.source === "new") {
      v += 1;
      steps.push({ source: "new", review: slot.review, params: replayed.params[i]!, kind: gradeKindOf(before.state), before, after, versionAfter: v });
    } else {
      if (bumps(slot.entry)) v += 1;
      const kind = isGradeKind(slot.entry.kind) ? gradeKindOf(before.state) : slot.entry.kind;
      steps.push({ source: "stored", id: slot.entry.id, kind, before, after, versionAfter: v });
    }
  }
  // The card's version must move past the stored one, so a grade for the old version is refused.
  const shift = Math.max(0, input.version + 1 - v);
  for (const step of steps) step.versionAfter += shift;
  return { card: replayed.cards.at(-1)!, version: v + shift, steps };
}

// Replays the slots in order; each new review is graded as it would have been at its time, study
// targets' caps included, and the settings that graded it are kept for its log entry.
function replaySlots(start: CardSnapshot, slots: readonly Slot[], input: PlanInput): { cards: CardSnapshot[]; params: (ScheduleParams | null)[] } | null {
  const entries: ReplayEntry[] = [];
  const params: (ScheduleParams | null)[] = [];
  for (const slot of slots) {
    if (slot.source === "stored") {
      entries.push(slot.entry);
      params.push(slot.entry.params);
      continue;
    }
    // The card just before this review (the stored entries before it replayed first).
    const sofar = replaySteps(start, entries, input.cardId);
    if (!sofar.ok) return null;
    const before = sofar.cards.at(-1) ?? cloneSnapshot(start);
    const { review } = slot;
    const graded = gradeShaped(input.params, before, review.rating, review.reviewedAt, review.durationMs, input.cardId, input.targets ?? [], input.workload);
    entries.push({ kind: "learn", rating: review.rating, reviewedAt: review.reviewedAt, durationMs: review.durationMs, params: graded.params, action: null });
    params.push(graded.params);
  }
  const all = replaySteps(start, entries, input.cardId);
  return all.ok ? { cards: all.cards, params } : null;
}
