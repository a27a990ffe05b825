import crypto from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { seed } from "@/lib/db/seed";
import { db } from "@/lib/server/db";
import { createOwnTarget } from "@/lib/server/data/study-targets";
import { loadReviewQueue } from "./queue";
import { submitReview } from "./review";
import { listTargetSimulations } from "./target-simulation";
import { makeLearner, setSettings } from "@/tests/support/review";

// Study for a date in the review services: unseen target cards paced in beyond the new-card limit,
// and target cards' intervals capped toward the date (stored with the settings that replay them).

const DAY = 86_400_000;
const NOW = new Date("2026-03-02T12:00:00Z");

beforeAll(async () => {
  await seed(db, { demoAccounts: false });
});

describe("pacing in the queue", () => {
  it("introduces today's share of a target's unseen cards even with no new cards allowed", async () => {
    const me = await makeLearner();
    await setSettings(me.id, { newPerDay: 0, timeZone: "UTC" });
    await createOwnTarget(me.id, { sectionIds: ["ero"], date: new Date(NOW.getTime() + 5 * DAY), targetRecall: 0.9 });
    const total = await db.flashcard.count({ where: { sectionId: "ero", retiredAt: null } });
    const queue = (await loadReviewQueue(me.id, NOW, { limit: 100 }))!;
    expect(queue.counts.new).toBe(Math.min(20, Math.ceil(total / 5)));
    expect(queue.items.every((i) => i.sectionId === "ero")).toBe(true);
    // Loading again the same day introduces nothing more.
    expect((await loadReviewQueue(me.id, NOW, { limit: 100 }))!.counts.new).toBe(queue.counts.new);
    // Shown, not written: a card's row comes with its first review.
    expect(await db.card.count({ where: { userId: me.id } })).toBe(0);
  });

  it("paces in no more than the learner's own cap on study-target cards per day (0: none)", async () => {
    for (const cap of [3, 0]) {
      const me = await makeLearner();
      await setSettings(me.id, { newPerDay: 0, timeZone: "UTC", targetCardsPerDay: cap });
      await createOwnTarget(me.id, { sectionIds: ["ero"], date: new Date(NOW.getTime() + 5 * DAY), targetRecall: 0.9 });
      expect((await loadReviewQueue(me.id, NOW, { limit: 100 }))!.counts.new).toBe(cap);
    }
  });

  it("leaves a learner without targets to the ordinary limits", async () => {
    const me = await makeLearner();
    await setSettings(me.id, { newPerDay: 0, timeZone: "UTC" });
    expect((await loadReviewQueue(me.id, NOW, { limit: 100 }))!.counts.new).toBe(0);
  });
});

describe("capping in grading", () => {
  it("keeps a strong card's next review before a strict target's date, and stores the cap it used", async () => {
    const me = await makeLearner();
    await setSettings(me.id, { timeZone: "UTC" });
    const flashcard = await db.flashcard.findFirstOrThrow({ where: { sectionId: "ero", retiredAt: null }, orderBy: { position: "asc" } });
    const card = await db.card.create({
      data: {
        userId: me.id, flashcardId: flashcard.id, sectionId: flashcard.sectionId, position: flashcard.position, state: "review", due: NOW,
        stability: 30, difficulty: 5, elapsedDays: 30, scheduledDays: 30, learningSteps: 0, reps: 4, lapses: 0, lastReview: new Date(NOW.getTime() - 30 * DAY),
      },
    });
    const grade = () => ({ reviewId: crypto.randomUUID(), cardId: card.id, rating: 3 as const, durationMs: 3000 });
    await createOwnTarget(me.id, { sectionIds: ["ero"], date: new Date(NOW.getTime() + 40 * DAY), targetRecall: 0.97 });
    const outcome = await submitReview(me.id, grade(), NOW);
    expect(outcome.status).toBe("saved");
    const after = await db.card.findUniqueOrThrow({ where: { id: card.id } });
    expect(after.scheduledDays).toBeLessThanOrEqual(39);
    const log = await db.reviewLog.findFirstOrThrow({ where: { cardId: card.id }, orderBy: { reviewedAt: "desc" } });
    expect(log.settings).toContain('"maximumInterval":39');
  });
});

describe("the simulator on a learner's targets", () => {
  it("simulates each target from the learner's cards of its material: every retention, the pace the target needs", async () => {
    const me = await makeLearner();
    await setSettings(me.id, { timeZone: "UTC", targetCardsPerDay: 20 });
    const { id } = await createOwnTarget(me.id, { sectionIds: ["ero"], date: new Date(NOW.getTime() + 10 * DAY), targetRecall: 0.9 });
    const flashcard = await db.flashcard.findFirstOrThrow({ where: { sectionId: "ero", retiredAt: null }, orderBy: { position: "asc" } });
    await db.card.create({
      data: {
        userId: me.id, flashcardId: flashcard.id, sectionId: flashcard.sectionId, position: flashcard.position, state: "review", due: new Date(NOW.getTime() + 3 * DAY),
        stability: 8, difficulty: 5, elapsedDays: 5, scheduledDays: 8, learningSteps: 0, reps: 3, lapses: 0, lastReview: new Date(NOW.getTime() - 5 * DAY),
      },
    });
    const total = await db.flashcard.count({ where: { sectionId: "ero", retiredAt: null } });
    const simulation = (await listTargetSimulations(me.id, NOW)).get(id)!;
    expect(simulation.days).toBe(10);
    expect(simulation.pacedPerDay).toBe(Math.ceil((total - 1) / 10));
    expect(new Set(simulation.choices.map((c) => c.desiredRetention))).toEqual(new Set([0.8, 0.85, 0.9, 0.95]));
    expect(simulation.choices.every((c) => c.result.reviewsPerDay.length === 10 && c.result.recallOnDate > 0)).toBe(true);
    // The same learner and cards give the same figures (seeded).
    expect((await listTargetSimulations(me.id, NOW)).get(id)).toEqual(simulation);
  });
});

describe("reading the targets", () => {
  it("reads every open assignment's material and every own target's cards in a fixed number of queries, as each alone would give them", async () => {
    const { listActiveTargets, setMaterial } = await import("./targets");
    const { enroll, makeAssignment, makeClass, makeSet, makeUser } = await import("@/tests/support/classes");
    const teacher = await makeUser("instructor");
    const klass = await makeClass(teacher.id);
    const me = await makeLearner();
    await enroll(klass.id, me.id);
    const sections = (await db.section.findMany({ where: { flashcards: { some: { retiredAt: null } }, questions: { some: { ownerId: null, retiredAt: null } } }, orderBy: { id: "asc" }, take: 3, select: { id: true } })).map((s) => s.id);
    expect(sections.length).toBe(3);
    const sets = [await makeSet(teacher.id, sections[0]), await makeSet(teacher.id, sections[1], 2)];
    const randomSet = await db.questionSet.create({ data: { ownerId: teacher.id, title: "Random", items: { create: [{ position: 0, kind: "random", sectionId: sections[2], count: 2 }] } }, select: { id: true } });
    for (const set of [...sets, randomSet]) await makeAssignment(klass.id, set.id);
    await createOwnTarget(me.id, { sectionIds: [sections[0]!], date: new Date(Date.now() + 5 * DAY), targetRecall: 0.9 });
    await createOwnTarget(me.id, { sectionIds: [sections[1]!, sections[2]!], date: new Date(Date.now() + 9 * DAY), targetRecall: 0.85 });

    const setReads = vi.spyOn(db.questionSetItem, "findMany");
    const flashcardReads = vi.spyOn(db.flashcard, "findMany");
    const targets = await listActiveTargets(me.id, { timeZone: "UTC", dayStartsAtHour: 4 }, new Date());
    expect(setReads).toHaveBeenCalledTimes(1);
    expect(flashcardReads).toHaveBeenCalledTimes(2);
    setReads.mockRestore();
    flashcardReads.mockRestore();

    expect(targets.map((t) => t.kind)).toEqual(["assignment", "assignment", "assignment", "own", "own"]);
    for (const [i, set] of [...sets, randomSet].entries()) {
      expect(targets[i]!.flashcardIds).toEqual(await setMaterial(set.id));
      expect(targets[i]!.flashcardIds.length).toBeGreaterThan(0);
    }
    const live = async (ids: string[]) => (await db.flashcard.findMany({ where: { retiredAt: null, sectionId: { in: ids } }, orderBy: { position: "asc" }, select: { id: true } })).map((f) => f.id);
    expect(targets[3]!.flashcardIds).toEqual(await live([sections[0]!]));
    expect(targets[4]!.flashcardIds).toEqual(await live([sections[1]!, sections[2]!]));
  });

  it("a learner without targets costs one read, and the check agrees with the lists it spares", async () => {
    const { listActiveTargets } = await import("./targets");
    const { enroll, makeAssignment, makeClass, makeSet, makeUser } = await import("@/tests/support/classes");
    const clock = { timeZone: "UTC", dayStartsAtHour: 4 };
    const now = new Date();
    const me = await makeLearner();
    const lists = [vi.spyOn(db.assignment, "findMany"), vi.spyOn(db.studyTarget, "findMany")];
    expect(await listActiveTargets(me.id, clock, now)).toEqual([]);
    for (const list of lists) expect(list).not.toHaveBeenCalled();
    for (const list of lists) list.mockRestore();

    const count = async () => (await listActiveTargets(me.id, clock, now)).length;
    // Past targets and assignments, and a class left, are not active.
    await createOwnTarget(me.id, { sectionIds: ["ero"], date: new Date(now.getTime() - 2 * DAY), targetRecall: 0.9 });
    const teacher = await makeUser("instructor");
    const klass = await makeClass(teacher.id);
    await enroll(klass.id, me.id);
    const set = await makeSet(teacher.id);
    await makeAssignment(klass.id, set.id, { dueAt: new Date(now.getTime() - DAY) });
    expect(await count()).toBe(0);
    await makeAssignment(klass.id, set.id, { dueAt: new Date(now.getTime() + DAY) });
    expect(await count()).toBe(1);
    await db.enrollment.updateMany({ where: { classId: klass.id, userId: me.id }, data: { removedAt: now } });
    expect(await count()).toBe(0);
    await createOwnTarget(me.id, { sectionIds: ["ero"], date: new Date(now.getTime() + 2 * DAY), targetRecall: 0.9 });
    expect(await count()).toBe(1);
  });
});
