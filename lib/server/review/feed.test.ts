import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/lib/db/seed";
import { db } from "@/lib/server/db";
import { loadReviewQueue } from "./queue";
import { makeLearner, setSettings } from "./test-helpers";

// Quiz mistakes feed the review queue. QuestionResult rows are inserted directly, as the quiz
// engine writes them (one row per question: the learner's latest answer).

const MIN = 60_000;
const T0 = new Date("2026-05-04T09:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * MIN);

let hsiQuestions: string[];
let hsiFlashcards: number;

async function answered(userId: string, questionId: string, correct: boolean, when: Date) {
  const result = { sectionId: "hsi", correct, score: correct ? 1 : 0, answeredAt: when };
  await db.questionResult.upsert({ where: { userId_questionId: { userId, questionId } }, create: { userId, questionId, ...result }, update: result });
}
const queueAt = (userId: string, now: Date) => loadReviewQueue(userId, now, { limit: 100 });
const hsiCards = (userId: string) => db.card.findMany({ where: { userId, sectionId: "hsi" }, orderBy: { position: "asc" } });

beforeAll(async () => {
  await seed(db, { demoAccounts: false });
  hsiQuestions = (await db.question.findMany({ where: { sectionId: "hsi", ownerId: null, retiredAt: null }, select: { id: true } })).map((q) => q.id);
  hsiFlashcards = await db.flashcard.count({ where: { sectionId: "hsi", retiredAt: null } });
});

describe("feedQuizMistakes through the queue", () => {
  it("a wrong answer introduces up to 5 of the section's cards, shown even with no new cards allowed, once", async () => {
    const me = await makeLearner();
    await setSettings(me.id, { newPerDay: 0 });
    expect((await queueAt(me.id, T0))!.items).toEqual([]);
    await answered(me.id, hsiQuestions[0]!, false, at(1));
    const queue = (await queueAt(me.id, at(2)))!;
    expect(hsiFlashcards).toBeGreaterThan(5);
    expect(queue.items).toHaveLength(5);
    expect(queue.items.every((i) => i.sectionId === "hsi" && i.kind === "new")).toBe(true);
    expect(queue.counts.new).toBe(5);
    // The first five in article order.
    const firstFive = await db.flashcard.findMany({ where: { sectionId: "hsi", retiredAt: null }, orderBy: { position: "asc" }, take: 5 });
    expect((await hsiCards(me.id)).map((c) => c.flashcardId)).toEqual(firstFive.map((f) => f.id));
    // Each carries the mistake that asked for it.
    expect((await hsiCards(me.id)).map((c) => c.quizRequestedAt)).toEqual(Array(5).fill(at(1)));
    // Loading again (and again later) feeds nothing more.
    await queueAt(me.id, at(3));
    await queueAt(me.id, at(30));
    expect(await db.card.count({ where: { userId: me.id } })).toBe(5);
  });

  it("a right answer feeds nothing", async () => {
    const me = await makeLearner();
    await setSettings(me.id, { newPerDay: 0 });
    await answered(me.id, hsiQuestions[0]!, true, at(1));
    expect((await queueAt(me.id, at(2)))!.items).toEqual([]);
    expect(await db.card.count({ where: { userId: me.id } })).toBe(0);
  });

  it("makes the section's review cards due now, and feeds again after a later mistake", async () => {
    const me = await makeLearner();
    await setSettings(me.id, { newPerDay: 0 });
    await answered(me.id, hsiQuestions[0]!, false, at(1));
    await queueAt(me.id, at(2));
    // The learner studies the five cards; they become review cards due in a week.
    const cards = await hsiCards(me.id);
    for (const card of cards) {
      await db.card.update({ where: { id: card.id }, data: { state: "review", stability: 7, difficulty: 5, scheduledDays: 7, reps: 3, lastReview: at(10), due: at(7 * 24 * 60) } });
    }
    expect((await queueAt(me.id, at(20)))!.items).toEqual([]);
    // A new mistake after those reviews: the reviews come due now and five more cards are introduced.
    await answered(me.id, hsiQuestions[1]!, false, at(60));
    const queue = (await queueAt(me.id, at(61)))!;
    expect(queue.counts.review).toBe(5);
    expect(queue.counts.new).toBe(Math.min(5, hsiFlashcards - 5));
    expect(queue.items.slice(0, 5).map((i) => i.kind)).toEqual(["review", "review", "review", "review", "review"]);
    const after = await db.card.findMany({ where: { id: { in: cards.map((c) => c.id) } } });
    expect(after.every((c) => c.due.getTime() === at(61).getTime())).toBe(true);
  });

  it("asks for cards already introduced but not yet studied, without exceeding five", async () => {
    const me = await makeLearner();
    await setSettings(me.id, { newPerDay: 8, deckSectionIds: JSON.stringify(["hsi"]) });
    const first = (await queueAt(me.id, T0))!;
    expect(first.counts.new).toBe(8);
    // The learner runs out of new cards for the day (8 answered), then makes a mistake.
    await setSettings(me.id, { newPerDay: 0 });
    await answered(me.id, hsiQuestions[0]!, false, at(5));
    const queue = (await queueAt(me.id, at(6)))!;
    expect(queue.counts.new).toBe(5);
    expect(await db.card.count({ where: { userId: me.id } })).toBe(8);
    // The first five in article order are marked as asked for by the mistake; the rest wait for a new day.
    expect((await hsiCards(me.id)).map((c) => c.quizRequestedAt)).toEqual([...Array(5).fill(at(5)), null, null, null]);
  });

  it("never touches another learner's cards", async () => {
    const me = await makeLearner();
    const other = await makeLearner("other");
    await setSettings(other.id, { newPerDay: 0 });
    await answered(me.id, hsiQuestions[0]!, false, at(1));
    await queueAt(other.id, at(2));
    expect(await db.card.count({ where: { userId: other.id } })).toBe(0);
  });
});
