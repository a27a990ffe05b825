import { describe, expect, it } from "vitest";
import { newCardState } from "./card-state";
import { scheduleParamsOf, type CardSnapshot } from "./history";
import { needsMerge, planReviews, type IncomingReview, type MergePlan, type StoredEntry, type StoredHistory } from "./merge";
import { replayCard } from "./replay";
import { DEFAULT_REVIEW_SETTINGS } from "./settings";
import { gradeTowardTargets, type TargetDate } from "./targets";

// Late reviews (offline, another device) are merged into a card's history by review time.

const T0 = new Date("2026-10-31T12:00:00Z");
const MIN = 60_000;
const params = scheduleParamsOf(DEFAULT_REVIEW_SETTINGS);
const fresh = (): CardSnapshot => ({ ...newCardState(T0), suspended: false, leech: false, buriedUntil: null });
const review = (id: string, minutes: number, rating: IncomingReview["rating"] = 3): IncomingReview => ({ reviewId: id, rating, reviewedAt: new Date(T0.getTime() + minutes * MIN), durationMs: 1000 });

// A store of one card: applies a plan the way the data layer does (insert new entries, rewrite stored ones).
function store() {
  let card = fresh();
  let version = 0;
  let entries: (StoredEntry & { before: CardSnapshot })[] = [];
  let n = 0;
  return {
    get card() {
      return card;
    },
    get version() {
      return version;
    },
    get entries() {
      return entries;
    },
    history(): StoredHistory {
      return { start: entries[0]?.before ?? null, entries };
    },
    sync(reviews: IncomingReview[], targets: readonly TargetDate[] = []): MergePlan {
      const latest = entries.length ? entries.reduce((a, e) => (e.reviewedAt > a ? e.reviewedAt : a), entries[0]!.reviewedAt) : null;
      const plan = planReviews({ cardId: "c1", current: card, version, history: needsMerge(reviews, latest) ? this.history() : null, reviews, params, targets });
      for (const step of plan.steps) {
        if (step.source === "new") {
          entries.push({ id: `e${++n}`, kind: step.kind, rating: step.review.rating, reviewedAt: step.review.reviewedAt, durationMs: step.review.durationMs, params: step.params, action: null, versionAfter: step.versionAfter, before: step.before });
        } else {
          entries = entries.map((e) => (e.id === step.id ? { ...e, kind: step.kind, versionAfter: step.versionAfter, before: step.before } : e));
        }
      }
      entries.sort((a, b) => a.versionAfter - b.versionAfter);
      card = plan.card;
      version = plan.version;
      return plan;
    },
  };
}

describe("planReviews", () => {
  it("applies reviews newer than the history in time order, one version each", () => {
    const s = store();
    const plan = s.sync([review("b", 10, 3), review("a", 0, 1)]);
    expect(plan.steps.map((st) => (st.source === "new" ? st.review.reviewId : st.id))).toEqual(["a", "b"]);
    expect(plan.steps.map((st) => st.versionAfter)).toEqual([1, 2]);
    expect(s.version).toBe(2);
    expect(s.card.reps).toBe(2);
  });

  it("two devices end with the same card whichever syncs first, equal to replaying all reviews by time", () => {
    const phone = [review("p1", 0, 3), review("p2", 15, 3), review("p3", 60 * 24, 4)];
    const laptop = [review("l1", 5, 1), review("l2", 30, 3), review("l3", 60 * 30, 2)];
    const a = store();
    a.sync(phone);
    const merged = a.sync(laptop);
    expect(merged.steps.some((st) => st.source === "stored")).toBe(true);
    const b = store();
    b.sync(laptop);
    b.sync(phone);
    expect(a.card).toEqual(b.card);
    const all = [...phone, ...laptop].sort((x, y) => x.reviewedAt.getTime() - y.reviewedAt.getTime());
    const expected = replayCard(fresh(), all.map((r) => ({ kind: "learn", rating: r.rating, reviewedAt: r.reviewedAt, durationMs: r.durationMs, params, action: null })), "c1");
    expect(expected.ok && expected.card).toEqual(a.card);
    // Every review kept, the log in time order, versions strictly increasing and past the old version.
    expect(a.entries.map((e) => e.reviewedAt.getTime())).toEqual(all.map((r) => r.reviewedAt.getTime()));
    const versions = a.entries.map((e) => e.versionAfter);
    expect(versions).toEqual([...versions].sort((x, y) => x - y));
    expect(new Set(versions).size).toBe(6);
    expect(a.version).toBe(versions.at(-1));
    expect(a.version).toBeGreaterThan(3);
  });

  it("rewrites only the entries after the late review, with the grade kind of their new card before", () => {
    const s = store();
    s.sync([review("a", 0), review("b", 10), review("c", 60 * 24 * 3)]);
    const afterB = s.entries[2]!.before;
    const plan = s.sync([review("late", 20, 1)]);
    expect(plan.steps.map((st) => (st.source === "new" ? st.review.reviewId : st.id))).toEqual(["late", "e3"]);
    expect(plan.steps[0]!.before).toEqual(afterB);
    expect(plan.steps[1]!.kind).toBe("relearn");
    expect(plan.steps[1]!.before).toEqual(plan.steps[0]!.after);
  });

  it("grades a merged late review with the study target's cap, as a fresh one, and replays to the same card", () => {
    const DAY = 24 * 60;
    const s = store();
    s.sync([review("a", 0), review("b", 1 * DAY), review("c", 4 * DAY), review("d", 14 * DAY), review("e", 45 * DAY), review("z", 300 * DAY)]);
    // Reviewed on another device on day 120, synced after day 300's review; a target on day 150 at 99%.
    const targets = [{ date: new Date(T0.getTime() + 150 * DAY * MIN), targetRecall: 0.99 }];
    const before = s.entries[4]!.before;
    const afterE = s.entries[5]!.before;
    expect(before.reps).toBe(4);
    const plan = s.sync([review("late", 120 * DAY)], targets);
    const late = plan.steps[0]!;
    expect(late.source === "new" && late.review.reviewId).toBe("late");
    const fresh = gradeTowardTargets(params, afterE, 3, new Date(T0.getTime() + 120 * DAY * MIN), 1000, "c1", targets);
    // The cap binds here (without it the interval runs past the date) ...
    expect(gradeTowardTargets(params, afterE, 3, new Date(T0.getTime() + 120 * DAY * MIN), 1000, "c1", []).card.scheduledDays).toBeGreaterThan(29);
    expect(fresh.params.maximumInterval).toBeLessThanOrEqual(29);
    // ... and the merged review is graded exactly as a fresh one would be, its settings stored.
    expect(late.after).toEqual(fresh.card);
    expect(late.source === "new" && late.params).toEqual(fresh.params);
    const replayed = replayCard(s.history().start!, s.entries, "c1");
    expect(replayed.ok && replayed.card).toEqual(s.card);
  });

  it("appends when the history cannot be replayed (entries without their settings)", () => {
    const history: StoredHistory = { start: fresh(), entries: [{ id: "old", kind: "learn", rating: 3, reviewedAt: new Date(T0.getTime() + 10 * MIN), durationMs: 0, params: null, action: null, versionAfter: 1 }] };
    const plan = planReviews({ cardId: "c1", current: fresh(), version: 1, history, reviews: [review("late", 0)], params });
    expect(plan.steps).toHaveLength(1);
    expect(plan.steps[0]!.source).toBe("new");
    expect(plan.version).toBe(2);
  });

  it("needs the history only for a review older than the latest entry", () => {
    expect(needsMerge([review("a", 5)], null)).toBe(false);
    expect(needsMerge([review("a", 5)], new Date(T0.getTime() + 5 * MIN))).toBe(false);
    expect(needsMerge([review("a", 5)], new Date(T0.getTime() + 6 * MIN))).toBe(true);
  });
});
