import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/lib/db/seed";
import { flashcardsTeaching } from "@/lib/domain/review/feed";
import { db } from "@/lib/server/db";
import { listPendingMistakes, listTeachingMaterial } from "@/lib/server/data/cards";
import { writeQuizFeed } from "./feed";
import { loadReviewQueue } from "./queue";
import { submitReview } from "./review";
import { makeLearner, reviewBody, setSettings } from "@/tests/support/review";

// Quiz mistakes feed the review queue. QuestionResult rows are inserted directly, as the quiz
// engine writes them (one row per question: the learner's latest answer), then fed as it feeds them.

const MIN = 60_000;
const T0 = new Date("2026-05-04T09:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * MIN);

// One question per section, for eight sections: a quiz that goes badly.
let quizQuestions: { id: string; sectionId: string }[];
let hsiQuestions: string[];

async function answered(userId: string, questionId: string, correct: boolean, when: Date, feed = true) {
  const q = await db.question.findUniqueOrThrow({ where: { id: questionId }, select: { sectionId: true } });
  const result = { sectionId: q.sectionId, correct, score: correct ? 1 : 0, answeredAt: when };
  await db.questionResult.upsert({ where: { userId_questionId: { userId, questionId } }, create: { userId, questionId, ...result }, update: result });
  // The quiz engine feeds review as it saves a result (the queue only reads the feed).
  if (feed) await writeQuizFeed(userId, when);
}
const queueAt = (userId: string, now: Date) => loadReviewQueue(userId, now, { limit: 100 });

// The flashcards the rule says these mistakes teach (union, counted once).
async function taughtBy(userId: string): Promise<Set<string>> {
  const mistakes = await listPendingMistakes(userId);
  const material = await listTeachingMaterial([...new Set(mistakes.map((m) => m.sectionId))]);
  return new Set(mistakes.flatMap((m) => flashcardsTeaching(m, material.bodies.get(m.sectionId) ?? "", material.flashcards).map((f) => f.id)));
}

beforeAll(async () => {
  await seed(db, { demoAccounts: false });
  const questions = await db.question.findMany({ where: { ownerId: null, retiredAt: null, sectionId: { not: null } }, orderBy: { position: "asc" }, select: { id: true, sectionId: true } });
  const bySection = new Map<string, string>();
  for (const q of questions) if (q.sectionId && !bySection.has(q.sectionId)) bySection.set(q.sectionId, q.id);
  quizQuestions = [...bySection].slice(0, 8).map(([sectionId, id]) => ({ id, sectionId }));
  hsiQuestions = questions.filter((q) => q.sectionId === "hsi").map((q) => q.id);
});

describe("quiz mistakes bring the cards that teach what was missed", () => {
  it("eight wrong answers bring only their teaching cards, each once, not five per section", async () => {
    const me = await makeLearner();
    await setSettings(me.id, { newPerDay: 0, quizCardsPerDay: 100 });
    expect(quizQuestions).toHaveLength(8);
    for (const [i, q] of quizQuestions.entries()) await answered(me.id, q.id, false, at(1 + i / 10), false);
    const expected = await taughtBy(me.id);
    await writeQuizFeed(me.id, at(1.9));
    const queue = (await queueAt(me.id, at(2)))!;
    const cards = await db.card.findMany({ where: { userId: me.id } });
    expect(new Set(cards.map((c) => c.flashcardId))).toEqual(expected);
    expect(cards.length).toBeLessThan(5 * 8);
    expect(queue.counts.new).toBe(cards.length);
    expect(queue.quizFeed).toEqual({ broughtToday: cards.length, cap: 100, waitingMistakes: 0 });
    // Each card brought in has a "manual" log entry saying so (Anki's revlog kind).
    const logs = await db.reviewLog.findMany({ where: { userId: me.id } });
    expect(logs.map((l) => [l.kind, l.action, l.stateAfter]).sort()).toEqual(cards.map(() => ["manual", '{"type":"quiz-feed"}', "new"]));
    expect(new Set(logs.map((l) => l.cardId))).toEqual(new Set(cards.map((c) => c.id)));
    // Loading again feeds nothing more.
    await queueAt(me.id, at(3));
    expect(await db.card.count({ where: { userId: me.id } })).toBe(cards.length);
    expect(await db.reviewLog.count({ where: { userId: me.id } })).toBe(cards.length);
  });

  it("stays within the daily cap (default: the new-card limit); the rest waits for the next study day", async () => {
    const me = await makeLearner();
    await setSettings(me.id, { newPerDay: 3, deckSectionIds: JSON.stringify(["hsi"]) });
    for (const [i, q] of quizQuestions.entries()) await answered(me.id, q.id, false, at(1 + i / 10));
    const queue = (await queueAt(me.id, at(2)))!;
    const fromQuiz = await db.card.count({ where: { userId: me.id, quizRequestedAt: { not: null } } });
    expect(fromQuiz).toBeLessThanOrEqual(3);
    expect(queue.quizFeed.cap).toBe(3);
    expect(queue.quizFeed.broughtToday).toBe(fromQuiz);
    expect(queue.quizFeed.waitingMistakes).toBeGreaterThan(0);
    // The next study day shows more, still within the cap, written with the learner's next write (a review, say).
    const tomorrow = (await queueAt(me.id, at(24 * 60)))!;
    expect(await db.card.count({ where: { userId: me.id, quizRequestedAt: { not: null } } })).toBe(fromQuiz);
    await writeQuizFeed(me.id, at(24 * 60));
    const fromQuizLater = await db.card.count({ where: { userId: me.id, quizRequestedAt: { not: null } } });
    expect(fromQuizLater).toBeGreaterThan(fromQuiz);
    expect(tomorrow.quizFeed.broughtToday).toBe(fromQuizLater - fromQuiz);
    expect(tomorrow.quizFeed.broughtToday).toBeLessThanOrEqual(3);
  });

  it("'Left today' drops by one per quiz card answered: they do not use up the new-card limit", async () => {
    const me = await makeLearner();
    await setSettings(me.id, { newPerDay: 4, quizCardsPerDay: 10, deckSectionIds: JSON.stringify(["hsi"]) });
    await answered(me.id, quizQuestions[1]!.id, false, at(1));
    let queue = (await queueAt(me.id, at(2)))!;
    const quizCards = queue.quizFeed.broughtToday;
    expect(quizCards).toBeGreaterThan(0);
    expect(queue.counts.new).toBe(quizCards + 4);
    const first = queue.items[0]!;
    expect(first.sectionId).toBe(quizQuestions[1]!.sectionId);
    const saved = await submitReview(me.id, { ...reviewBody(first.cardId, 3), expectedVersion: first.version } as never, at(3));
    expect(saved.status).toBe("saved");
    queue = (await queueAt(me.id, at(4)))!;
    expect(queue.counts.new).toBe(quizCards + 4 - 1);
  });

  it("leaves the section's review cards on their FSRS schedule", async () => {
    const me = await makeLearner();
    await setSettings(me.id, { newPerDay: 0, quizCardsPerDay: 10 });
    await answered(me.id, hsiQuestions[0]!, false, at(1));
    await queueAt(me.id, at(2));
    const cards = await db.card.findMany({ where: { userId: me.id } });
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      await db.card.update({ where: { id: card.id }, data: { state: "review", stability: 7, difficulty: 5, scheduledDays: 7, reps: 3, lastReview: at(10), due: at(7 * 24 * 60) } });
    }
    await answered(me.id, hsiQuestions[1]!, false, at(60));
    const queue = (await queueAt(me.id, at(61)))!;
    expect(queue.counts.review).toBe(0);
    const after = await db.card.findMany({ where: { id: { in: cards.map((c) => c.id) } } });
    expect(after.every((c) => c.due.getTime() === at(7 * 24 * 60).getTime())).toBe(true);
  });

  it("a right answer feeds nothing, and another learner's mistakes never touch my cards", async () => {
    const me = await makeLearner();
    const other = await makeLearner("other");
    await setSettings(me.id, { newPerDay: 0 });
    await setSettings(other.id, { newPerDay: 0 });
    await answered(me.id, hsiQuestions[0]!, true, at(1));
    await answered(other.id, hsiQuestions[1]!, false, at(1));
    expect((await queueAt(me.id, at(2)))!.items).toEqual([]);
    expect(await db.card.count({ where: { userId: me.id } })).toBe(0);
  });
});
