import { beforeAll, describe, expect, it } from "vitest";
import { default_w, type StepUnit } from "ts-fsrs";
import { seed } from "@/lib/db/seed";
import { createRng, randomInt, type Rng } from "@/lib/domain/quiz/rng";
import { replayCard } from "@/lib/domain/review/replay";
import { db } from "@/lib/server/db";
import { getCardHistory } from "@/lib/server/data/card-history";
import { cardSelect, toSnapshot } from "@/lib/server/data/cards";
import { getReviewSettings, saveReviewSettings } from "@/lib/server/data/review-settings";
import { buryCard, forgetCard, setCardDueDate, suspendCard, unsuspendCard } from "./card-actions";
import { applyParameters } from "./optimizer";
import { loadReviewQueue } from "./queue";
import { planReschedule } from "./reschedule";
import { submitReview, undoReview } from "./review";
import { makeLearner, reviewBody, setSettings, writeShownCards } from "@/tests/support/review";

// Logs that rebuild every card: random but replayable histories (seeded) of grades, undos, manual
// operations (suspend, unsuspend, bury, forget, set due date) and settings changes (retention,
// steps, leech rule, maximum interval, time zone, parameters, with rescheduling) go through the
// app's own services; then every card rebuilt from its log entries alone equals the stored card.

const T0 = new Date("2026-03-01T15:00:00Z");
const ZONES = ["UTC", "America/New_York", "Asia/Tokyo", "Europe/Berlin"];
const STEPS: StepUnit[][] = [["1m", "10m"], ["10m"], [], ["1m", "1h", "1d"]];

beforeAll(async () => {
  await seed(db, { demoAccounts: false });
});

const pick = <T,>(rng: Rng, list: readonly T[]): T => list[randomInt(rng, list.length)]!;

async function changeSettings(userId: string, rng: Rng, now: Date) {
  if (rng() < 0.3) {
    // New parameters (or back to the defaults), rescheduling as Anki's "Reschedule cards on change".
    const weights = rng() < 0.3 ? null : default_w.map((w, i) => (i < 4 ? w * (0.5 + rng() * 2) : w));
    await applyParameters(userId, weights, now);
    return;
  }
  const { settings: before, deckSectionIds } = await getReviewSettings(userId);
  const next = {
    ...before,
    desiredRetention: Math.round((0.8 + rng() * 0.15) * 100) / 100,
    learningSteps: pick(rng, STEPS),
    relearningSteps: pick(rng, STEPS),
    leechThreshold: 2 + randomInt(rng, 3),
    leechAction: pick(rng, ["tag", "suspend"] as const),
    maximumInterval: pick(rng, [36500, 30, 7]),
    timeZone: pick(rng, ZONES),
    rescheduleOnChange: rng() < 0.8,
  };
  const rescheduled = next.rescheduleOnChange && next.desiredRetention !== before.desiredRetention ? await planReschedule(userId, next, now) : [];
  await saveReviewSettings(userId, next, deckSectionIds, rescheduled, now);
}

async function randomHistory(seedText: string) {
  const rng = createRng(seedText);
  const me = await makeLearner("replay");
  await setSettings(me.id, { newPerDay: 6, timeZone: pick(rng, ZONES) });
  let now = T0;
  const shown = (await loadReviewQueue(me.id, now, { limit: 10 }))!.items.map((i) => i.cardId);
  await writeShownCards(me.id, shown, now);
  for (let step = 0; step < 70; step++) {
    // Seconds to weeks between operations.
    now = new Date(now.getTime() + Math.floor(rng() ** 3 * 14 * 86_400_000) + 1000);
    const cards = await db.card.findMany({ where: { userId: me.id }, orderBy: { id: "asc" }, select: { id: true, version: true, suspended: true } });
    const card = pick(rng, cards);
    const input = { cardId: card.id, expectedVersion: card.version };
    const roll = rng();
    if (roll < 0.5) {
      if (card.suspended) await unsuspendCard(me.id, input, now);
      else await submitReview(me.id, { ...reviewBody(card.id, 3), rating: (1 + randomInt(rng, 4)) as 1 | 2 | 3 | 4, expectedVersion: card.version }, now);
    } else if (roll < 0.58) await undoReview(me.id, undefined, now);
    else if (roll < 0.64) await suspendCard(me.id, input, now);
    else if (roll < 0.7) await buryCard(me.id, input, now);
    else if (roll < 0.76) await forgetCard(me.id, { ...input, resetCounts: rng() < 0.5 }, now);
    else if (roll < 0.84) await setCardDueDate(me.id, { ...input, days: randomInt(rng, 40) }, now);
    else await changeSettings(me.id, rng, now);
  }
  return me;
}

describe("replaying a card's log", () => {
  it.each(["replay-1", "replay-2", "replay-3"])("rebuilds every card exactly (seed %s)", async (seedText) => {
    const me = await randomHistory(seedText);
    const cards = await db.card.findMany({ where: { userId: me.id }, select: cardSelect });
    const kinds = new Set<string>();
    let replayed = 0;
    for (const row of cards) {
      const history = await getCardHistory(me.id, row.id);
      history.entries.forEach((e) => kinds.add(e.kind));
      if (!history.start) {
        // Never touched since it was introduced: still a new card.
        expect(row.state).toBe("new");
        continue;
      }
      const result = replayCard(history.start, history.entries, row.id);
      expect(result).toEqual({ ok: true, card: toSnapshot(row) });
      replayed += 1;
      // The last entry holds the card after it: due, step, reps and lapses included.
      const last = await db.reviewLog.findFirst({ where: { cardId: row.id }, orderBy: [{ versionAfter: "desc" }, { reviewedAt: "desc" }] });
      expect(last).toMatchObject({ dueAfter: row.due, learningStepsAfter: row.learningSteps, repsAfter: row.reps, lapsesAfter: row.lapses, stateAfter: row.state });
    }
    expect(replayed).toBeGreaterThan(2);
    expect([...kinds].sort()).toEqual(expect.arrayContaining(["learn", "manual", "rescheduled", "review"]));
  });

  it("replays a card whose older entries predate stored settings from the snapshot after them", async () => {
    const me = await makeLearner("old-log");
    await setSettings(me.id, { newPerDay: 1 });
    const [item] = (await loadReviewQueue(me.id, T0, { limit: 1 }))!.items;
    const cardId = item!.cardId;
    await submitReview(me.id, { ...reviewBody(cardId, 3), rating: 3 }, T0);
    // The first entry as it was written before entries stored the settings and the card after them.
    await db.reviewLog.updateMany({
      where: { cardId },
      data: { settings: null, dueAfter: null, learningStepsAfter: null, repsAfter: null, lapsesAfter: null, lastReviewAfter: null, suspendedAfter: null, leechAfter: null, buriedUntilAfter: null },
    });
    const later = new Date(T0.getTime() + 11 * 60_000);
    let row = await db.card.findUniqueOrThrow({ where: { id: cardId }, select: cardSelect });
    await submitReview(me.id, { ...reviewBody(cardId, 3), rating: 3, expectedVersion: row.version }, later);
    row = await db.card.findUniqueOrThrow({ where: { id: cardId }, select: cardSelect });
    await setCardDueDate(me.id, { cardId, expectedVersion: row.version, days: 2 }, later);

    const history = await getCardHistory(me.id, cardId);
    expect(history.summarized).toBe(1);
    expect(history.entries.map((e) => e.kind)).toEqual(["learn", "manual"]);
    row = await db.card.findUniqueOrThrow({ where: { id: cardId }, select: cardSelect });
    expect(replayCard(history.start!, history.entries, cardId)).toEqual({ ok: true, card: toSnapshot(row) });
    // The old entry stays in the log.
    expect(await db.reviewLog.count({ where: { cardId } })).toBe(3);
  });

  it("keeps a card's log when the card is deleted", async () => {
    const me = await makeLearner("deleted-card");
    await setSettings(me.id, { newPerDay: 1 });
    const [item] = (await loadReviewQueue(me.id, T0, { limit: 1 }))!.items;
    await submitReview(me.id, { ...reviewBody(item!.cardId, 3), rating: 3 }, T0);
    await db.card.delete({ where: { id: item!.cardId } });
    expect(await db.reviewLog.count({ where: { cardId: item!.cardId } })).toBe(1);
  });
});
