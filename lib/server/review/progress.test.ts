import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/lib/db/seed";
import { db } from "@/lib/server/db";
import { loadProgress, FORECAST_DAYS, HEATMAP_DAYS } from "./progress";
import { makeLearner, setSettings } from "@/tests/support/review";

// The progress statistics read from the database: reviews per day, streak, forecast, true
// retention, cards by state and mastery per section.

const NOW = new Date("2026-06-15T12:00:00Z");
const DAY = 86_400_000;
const daysAgo = (n: number, hour = 12) => new Date(Date.UTC(2026, 5, 15 - n, hour));

let flashcards: { id: string; sectionId: string; position: number }[];

async function card(userId: string, i: number, data: { state: string; due: Date; stability?: number; suspended?: boolean }) {
  const f = flashcards[i]!;
  return db.card.create({
    data: { userId, flashcardId: f.id, sectionId: f.sectionId, position: f.position, stability: data.stability ?? 1, difficulty: 5, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 1, lapses: 0, ...data },
  });
}

async function log(userId: string, cardId: string, reviewedAt: Date, rating: number, stateBefore = "review", intervalBefore = 5) {
  await db.reviewLog.create({
    data: {
      reviewId: crypto.randomUUID(),
      userId,
      cardId,
      rating,
      stateBefore,
      stateAfter: "review",
      stabilityBefore: 5,
      stabilityAfter: 6,
      difficultyBefore: 5,
      difficultyAfter: 5,
      elapsedDays: 1,
      scheduledDays: 6,
      durationMs: 2000,
      reviewedAt,
      cardBefore: JSON.stringify({ scheduledDays: intervalBefore }),
      versionAfter: 1,
    },
  });
}

beforeAll(async () => {
  await seed(db, { demoAccounts: false });
  flashcards = await db.flashcard.findMany({ where: { retiredAt: null }, orderBy: { position: "asc" }, select: { id: true, sectionId: true, position: true } });
});

describe("loadProgress", () => {
  it("shows nothing studied for a new learner, with every flashcard not yet introduced", async () => {
    const me = await makeLearner();
    const p = await loadProgress(me.id, NOW);
    expect(p.heatmap).toHaveLength(HEATMAP_DAYS);
    expect(p.heatmap.every((d) => d.count === 0)).toBe(true);
    expect(p.forecast).toHaveLength(FORECAST_DAYS);
    expect(p.streak).toEqual({ current: 0, longest: 0, studiedToday: false });
    expect(p.cards).toEqual({ new: 0, learning: 0, review: 0, relearning: 0, suspended: 0, notIntroduced: flashcards.length });
    expect(p.retention.all.rate).toBeNull();
  });

  it("counts reviews per study day, the streak, the forecast and retention from the learner's own rows", async () => {
    const me = await makeLearner();
    const other = await makeLearner("other");
    await setSettings(me.id, { timeZone: "UTC" });
    const young = await card(me.id, 0, { state: "review", due: new Date(NOW.getTime() + 2 * DAY) });
    const mature = await card(me.id, 1, { state: "review", due: new Date(NOW.getTime() - 3 * DAY), stability: 40 });
    await card(me.id, 2, { state: "learning", due: NOW });
    await card(me.id, 3, { state: "new", due: NOW });
    await card(me.id, 4, { state: "review", due: NOW, suspended: true });
    // Today, yesterday and the day before: a 3-day streak. 02:00 today belongs to yesterday's study day.
    await log(me.id, young.id, daysAgo(0, 9), 3);
    await log(me.id, young.id, daysAgo(0, 2), 1);
    await log(me.id, mature.id, daysAgo(1, 9), 3, "review", 30);
    await log(me.id, mature.id, daysAgo(2, 9), 1, "review", 25);
    await log(me.id, young.id, daysAgo(2, 10), 3, "learning", 0);
    await log(me.id, mature.id, daysAgo(40), 3);
    const otherCard = await card(other.id, 0, { state: "review", due: NOW });
    await log(other.id, otherCard.id, daysAgo(0), 1);

    const p = await loadProgress(me.id, NOW);
    expect(p.heatmap.slice(-4).map((d) => d.count)).toEqual([0, 2, 2, 1]);
    expect(p.heatmap.at(-1)?.key).toBe("2026-06-15");
    expect(p.reviewsLastYear).toBe(6);
    expect(p.streak).toEqual({ current: 3, longest: 3, studiedToday: true });
    // The overdue mature card counts today; the young one in two days; learning and suspended cards do not.
    expect(p.forecast.slice(0, 3).map((d) => d.count)).toEqual([2, 0, 1]);
    expect(p.retention.young).toEqual({ passed: 1, total: 2, rate: 0.5 });
    expect(p.retention.mature).toEqual({ passed: 1, total: 2, rate: 0.5 });
    expect(p.cards).toMatchObject({ new: 1, learning: 1, review: 2, suspended: 1, notIntroduced: flashcards.length - 5 });
    const section = p.mastery.find((m) => m.id === flashcards[1]!.sectionId)!;
    expect(section.flashcards.done).toBe(1);
  });

  it("rates quiz mastery from the latest answers", async () => {
    const me = await makeLearner();
    const questions = await db.question.findMany({ where: { sectionId: "hsi", ownerId: null, retiredAt: null }, select: { id: true } });
    await db.questionResult.create({ data: { userId: me.id, questionId: questions[0]!.id, sectionId: "hsi", correct: true, score: 1, answeredAt: NOW } });
    await db.questionResult.create({ data: { userId: me.id, questionId: questions[1]!.id, sectionId: "hsi", correct: false, score: 0, answeredAt: NOW } });
    const hsi = (await loadProgress(me.id, NOW)).mastery.find((m) => m.id === "hsi")!;
    expect(hsi.quiz).toEqual({ done: 1, total: questions.length, rate: 1 / questions.length });
  });
});
