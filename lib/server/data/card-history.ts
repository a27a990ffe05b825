import "server-only";
import { z } from "zod";
import type { StoredEntry } from "@/lib/domain/review/merge";
import { cardSnapshotSchema, manualActionSchema, scheduleParamsSchema, type CardSnapshot, type ManualAction, type ScheduleParams } from "@/lib/schemas/review";
import { Prisma } from "@/lib/generated/sqlite/client";
import { db } from "@/lib/server/db";
import { cardSelect, stateColumns, toSnapshot, writeUnseenCards, type CardRow, type GuardedWrite } from "./cards";
import { nonGradeEntry } from "./review-logs";
import type { Tx } from "./audit";
import { readJson } from "./json-column";

// Manual operations on a card (Anki's "manual" revlog entries) and a card's history for replay.

const manualEntry = (userId: string, row: CardRow, after: CardSnapshot, params: ScheduleParams, action: ManualAction, now: Date, versionAfter: number) =>
  nonGradeEntry("manual", userId, row, after, params, now, versionAfter, action);

// Applies a learner's operation to one card if it is theirs and (when given) still at
// `expectedVersion`: the card changes and its "manual" entry is written in one transaction.
export async function saveManualChange(
  userId: string,
  cardId: string,
  expectedVersion: number | undefined,
  action: ManualAction,
  params: ScheduleParams,
  now: Date,
  decide: (before: CardSnapshot) => CardSnapshot,
): Promise<GuardedWrite> {
  return db.$transaction(async (tx): Promise<GuardedWrite> => {
    // A new card the queue showed but nobody reviewed yet gets its row with its first operation.
    const row = (await tx.card.findFirst({ where: { id: cardId, userId }, select: cardSelect })) ?? (await writeUnseenCards(tx, userId, [cardId], () => now))[0];
    if (!row) return "not-found";
    if (expectedVersion !== undefined && row.version !== expectedVersion) return "stale";
    const after = decide(toSnapshot(row));
    const versionAfter = row.version + 1;
    const updated = await tx.card.updateMany({
      where: { id: row.id, userId, version: row.version },
      data: { ...stateColumns(after), suspended: after.suspended, leech: after.leech, buriedUntil: after.buriedUntil, version: versionAfter },
    });
    if (updated.count === 0) return "stale";
    await tx.reviewLog.create({ data: manualEntry(userId, row, after, params, action, now, versionAfter), select: { id: true } });
    return "ok";
  });
}

// Logs that quiz mistakes brought these cards in ("manual" entries; the cards are otherwise unchanged).
export async function logQuizFeed(userId: string, cardIds: readonly string[], params: ScheduleParams, now: Date): Promise<void> {
  if (cardIds.length === 0) return;
  const rows = await db.card.findMany({ where: { userId, id: { in: [...cardIds] } }, select: cardSelect });
  await db.reviewLog.createMany({ data: rows.map((row) => manualEntry(userId, row, toSnapshot(row), params, { type: "quiz-feed" }, now, row.version)) });
}

const storedJson = <T extends z.ZodType>(schema: T) =>
  z
    .string()
    .nullable()
    .transform((text) => readJson(schema, text));
const paramsColumn = storedJson(scheduleParamsSchema);
const actionColumn = storedJson(manualActionSchema);

// `start` is the card before the first entry replayed; `summarized` counts the older entries it
// stands for: entries written before each one stored its settings cannot be applied again, but
// every entry keeps the card as it was before it, so the history replays from the snapshot before
// the first entry that can be (the older ones are summed up in it, and stay in the log).
export type CardHistory = { start: CardSnapshot | null; entries: StoredEntry[]; summarized: number };

type Client = Pick<typeof db, "reviewLog">;

// A card's entries in the order they happened (the card's version orders them; an entry that does
// not change the version, a quiz feed, falls between by time), and the card before the first one.
export async function getCardHistory(userId: string, cardId: string): Promise<CardHistory> {
  return (await getCardHistories(db, userId, [cardId])).get(cardId) ?? { start: null, entries: [], summarized: 0 };
}

// The histories of several of the learner's cards in one query (inside a transaction when `client` is one).
export async function getCardHistories(client: Client, userId: string, cardIds: readonly string[]): Promise<Map<string, CardHistory>> {
  const rows = await client.reviewLog.findMany({
    where: { userId, cardId: { in: [...cardIds] } },
    orderBy: [{ cardId: "asc" }, { versionAfter: "asc" }, { reviewedAt: "asc" }, { id: "asc" }],
    select: { id: true, cardId: true, kind: true, rating: true, reviewedAt: true, durationMs: true, settings: true, action: true, cardBefore: true, versionAfter: true },
  });
  const rowsByCard = new Map<string, typeof rows>();
  for (const r of rows) rowsByCard.set(r.cardId, [...(rowsByCard.get(r.cardId) ?? []), r]);
  const histories = new Map<string, CardHistory>();
  for (const [cardId, cardRows] of rowsByCard) {
    const summarized = cardRows.findLastIndex((r) => r.settings === null) + 1;
    const replayable = cardRows.slice(summarized);
    const start = replayable[0] ? readJson(cardSnapshotSchema, replayable[0].cardBefore) : null;
    histories.set(cardId, {
      start,
      summarized,
      entries: replayable.map((r) => ({
        id: r.id,
        versionAfter: r.versionAfter,
        kind: r.kind,
        rating: r.rating,
        reviewedAt: r.reviewedAt,
        durationMs: r.durationMs,
        params: paramsColumn.parse(r.settings),
        action: actionColumn.parse(r.action),
      })),
    });
  }
  return histories;
}

// The time of each of the learner's cards' latest entry (cards without entries are left out). One
// index seek per card (ReviewLog's cardId, reviewedAt): a batch asks this for its cards, and the
// learner's whole history must not be read for it. Ownership is the card's: entries carry their
// card's owner.
export async function getLatestEntryTimes(client: Tx, userId: string, cardIds: readonly string[]): Promise<Map<string, Date>> {
  if (cardIds.length === 0) return new Map();
  const rows = await client.$queryRaw<{ id: string; latest: Date | string | null }[]>`
    SELECT c."id", (SELECT MAX(l."reviewedAt") FROM "ReviewLog" l WHERE l."cardId" = c."id") AS "latest"
    FROM "Card" c WHERE c."userId" = ${userId} AND c."id" IN (${Prisma.join([...cardIds])})`;
  // SQLite answers MAX() of the stored text, PostgreSQL a timestamp.
  return new Map(rows.flatMap((row) => (row.latest === null ? [] : [[row.id, new Date(row.latest)] as const])));
}
