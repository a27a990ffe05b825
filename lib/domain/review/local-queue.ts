import type { ScheduleParams } from "@/lib/schemas/review";
import type { CardStateName } from "./card-state";
import { gradeLocally, type CardMemory, type OutboxEntry } from "./outbox";
import type { QueueCounts, QueueKind } from "./queue";
import { queueKindOf } from "./result";
import type { ReviewRating } from "./schedule";
import { movedDue, previewShaped, type Workload } from "./shaping";
import type { TargetDate } from "./targets";

// The review session in the browser: the queue the server handed over is worked through locally
// (each grade computed with the server's own rules, outbox.ts), so the next card shows at once and
// the reviews reach the server afterwards. A learning card due again within the learn-ahead limit
// comes back at the end of the session, as the server's queue would bring it.

type Labels = { "1": string; "2": string; "3": string; "4": string };

// What the local queue needs of a card the server sent (the reviewer's view carries more).
export type LocalItem = {
  cardId: string;
  version: number;
  kind: QueueKind;
  state: CardStateName;
  leech: boolean;
  intervals: Labels;
  memory: CardMemory;
  targets: readonly TargetDate[];
};

export type LocalGrade<T> = {
  items: T[];
  counts: QueueCounts;
  entry: OutboxEntry;
  // The review made the card a leech (and suspended it, under the learner's leech action).
  leech: boolean;
  leechSuspended: boolean;
  // The due counts with the graded card moved, for the next grade.
  workload: Workload | null;
};

export type LocalGradeInput<T> = {
  items: readonly T[];
  counts: QueueCounts;
  params: ScheduleParams;
  learnAheadMinutes: number;
  // Load balancing and easy days with the due counts as this session's grades left them.
  workload?: Workload | null;
  rating: ReviewRating;
  now: Date;
  durationMs: number;
  reviewId: string;
  // The review is made online on the card as the server sent it: it names that version (outbox.ts).
  expectVersion: boolean;
};

// The item showing `memory` at `now`: its state, version and the interval each grade would give.
export function withMemory<T extends LocalItem>(item: T, memory: CardMemory, params: ScheduleParams, now: Date, workload: Workload | null = null): T {
  const preview = previewShaped(params, memory, now, memory.cardId, item.targets, workload);
  return {
    ...item,
    memory,
    version: memory.version,
    state: memory.state,
    kind: queueKindOf(memory.state),
    leech: memory.leech,
    intervals: { "1": preview[1].label, "2": preview[2].label, "3": preview[3].label, "4": preview[4].label },
  };
}

// Grades the first card of the queue: the queue and counts after it and the outbox entry to keep.
export function gradeFirst<T extends LocalItem>(input: LocalGradeInput<T>): LocalGrade<T> | null {
  const [item, ...rest] = input.items;
  if (!item) return null;
  const graded = gradeLocally(input.params, item.memory, input.rating, input.now, input.durationMs, input.reviewId, item.targets, input.workload);
  const workload = input.workload ? { ...input.workload, dueCounts: movedDue(input.workload.dueCounts, item.memory, graded.card, input.params) } : null;
  const counts = { ...input.counts, [item.kind]: Math.max(0, input.counts[item.kind] - 1) };
  const after = graded.card;
  const comesBack = !after.suspended && (after.state === "learning" || after.state === "relearning") && after.due.getTime() <= input.now.getTime() + input.learnAheadMinutes * 60_000;
  const items = comesBack ? [...rest, withMemory(item, after, input.params, input.now, workload)] : rest;
  if (comesBack) counts.learning += 1;
  const entry = input.expectVersion ? { ...graded.entry, expectedVersion: item.memory.version } : graded.entry;
  return { items, counts, entry, leech: graded.isLeech, leechSuspended: graded.isLeech && after.suspended, workload };
}

// The server's queue without the cards graded here and not yet synced: the local grade is newer.
export function withoutPending<T extends LocalItem>(items: readonly T[], pending: readonly Pick<OutboxEntry, "cardId">[]): T[] {
  const waiting = new Set(pending.map((e) => e.cardId));
  return items.filter((i) => !waiting.has(i.cardId));
}

// The server's queue without cards it sent at a version older than one graded here (its answer was
// made before their reviews reached it): `known` holds each graded card's version after the grade.
export function withoutOutdated<T extends LocalItem>(items: readonly T[], known: ReadonlyMap<string, number>): T[] {
  return items.filter((i) => (known.get(i.cardId) ?? -1) <= i.version);
}

// The queue after a sync: a card the server now holds at another version (another device's review,
// merged in) shows the server's memory; one it suspended leaves the queue. A card with reviews still
// waiting keeps its local memory, which already counts them.
export function adoptCards<T extends LocalItem>(items: readonly T[], cards: readonly CardMemory[], pending: readonly Pick<OutboxEntry, "cardId">[], params: ScheduleParams, now: Date, workload: Workload | null = null): T[] {
  const byId = new Map(cards.map((c) => [c.cardId, c]));
  const waiting = new Set(pending.map((e) => e.cardId));
  return items.flatMap((item) => {
    const card = byId.get(item.cardId);
    if (!card || waiting.has(item.cardId) || card.version === item.memory.version) return [item];
    return card.suspended ? [] : [withMemory(item, card, params, now, workload)];
  });
}

// The queue after a refill: the cards kept locally, then the server's next ones not already there.
export function refill<T extends LocalItem>(local: readonly T[], server: readonly T[]): T[] {
  const held = new Set(local.map((i) => i.cardId));
  return [...local, ...server.filter((i) => !held.has(i.cardId))];
}
