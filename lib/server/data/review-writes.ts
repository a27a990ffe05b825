import "server-only";
import type { CardState } from "@/lib/domain/review/card-state";
import type { Tx } from "./audit";
import { stateColumns } from "./cards";
import { insertRows, updateRows, type Columns } from "./bulk-sql";

// The writes of a batch of grades, each one statement whatever the batch's size (lib/server/data/
// bulk-sql.ts): the new review log entries, the rewritten entries of a merged history, and the cards'
// new states, each card guarded by the version the transaction read.

// A new review log entry, as review-batch.ts builds it (the `action` column stays null: grades have none).
export type NewLogRow = {
  id: string;
  reviewId: string;
  userId: string;
  cardId: string;
  rating: number;
  kind: string;
  stateBefore: string;
  stabilityBefore: number;
  difficultyBefore: number;
  cardBefore: string;
  stateAfter: string;
  stabilityAfter: number;
  difficultyAfter: number;
  elapsedDays: number;
  scheduledDays: number;
  dueAfter: Date;
  learningStepsAfter: number;
  repsAfter: number;
  lapsesAfter: number;
  lastReviewAfter: Date | null;
  suspendedAfter: boolean;
  leechAfter: boolean;
  buriedUntilAfter: Date | null;
  settings?: string;
  durationMs: number;
  reviewedAt: Date;
  versionAfter: number;
};

// A stored entry rewritten by a merge: its before/after columns and version (its settings stay).
export type RewrittenLogRow = Omit<NewLogRow, "reviewId" | "userId" | "cardId" | "rating" | "settings" | "durationMs" | "reviewedAt">;

// A card's new state, written only where the stored row still has `expectedVersion`.
export type CardStateRow = ReturnType<typeof stateRow>;

const rewritten: Columns<RewrittenLogRow> = {
  id: "text",
  kind: "text",
  stateBefore: "text",
  stabilityBefore: "float",
  difficultyBefore: "float",
  cardBefore: "text",
  stateAfter: "text",
  stabilityAfter: "float",
  difficultyAfter: "float",
  elapsedDays: "float",
  scheduledDays: "int",
  dueAfter: "timestamp",
  learningStepsAfter: "int",
  repsAfter: "int",
  lapsesAfter: "int",
  lastReviewAfter: "timestamp",
  suspendedAfter: "bool",
  leechAfter: "bool",
  buriedUntilAfter: "timestamp",
  versionAfter: "int",
};
const newLog: Columns<Required<NewLogRow>> = { ...rewritten, reviewId: "text", userId: "text", cardId: "text", rating: "int", settings: "text", durationMs: "int", reviewedAt: "timestamp" };

const cardColumns: Columns<CardStateRow> = {
  id: "text",
  expectedVersion: "int",
  state: "text",
  due: "timestamp",
  stability: "float",
  difficulty: "float",
  elapsedDays: "int",
  scheduledDays: "int",
  learningSteps: "int",
  reps: "int",
  lapses: "int",
  lastReview: "timestamp",
  suspended: "bool",
  leech: "bool",
  buriedUntil: "timestamp",
  version: "int",
};

// The row that writes a card's state, flags and version over the version read.
export function stateRow(id: string, expectedVersion: number, state: CardState & { suspended: boolean; leech: boolean; buriedUntil: Date | null }, version: number) {
  return { id, expectedVersion, ...stateColumns(state), state: state.state as string, suspended: state.suspended, leech: state.leech, buriedUntil: state.buriedUntil, version };
}

// Inserts the entries; returns how many were new (an entry whose reviewId the learner already has is skipped).
export async function insertReviewLogs(tx: Tx, rows: readonly NewLogRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  return insertRows(tx, "ReviewLog", newLog, rows.map((row) => ({ settings: null, ...row }) as Required<NewLogRow>), ["userId", "reviewId"]);
}

// Rewrites the learner's stored entries (by id); returns how many were found.
export async function rewriteReviewLogs(tx: Tx, userId: string, rows: readonly RewrittenLogRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  return updateRows(tx, "ReviewLog", rewritten, rows, { key: "id", scope: { userId } });
}

// Writes the learner's cards' states; returns how many still had the version read (the others changed meanwhile).
export async function updateCardStates(tx: Tx, userId: string, rows: readonly CardStateRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  return updateRows(tx, "Card", cardColumns, rows, { key: "id", guards: { expectedVersion: "version" }, scope: { userId } });
}
