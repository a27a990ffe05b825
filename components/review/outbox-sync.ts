import { memoryFromJson, nextBatch, settle, type CardMemory, type SyncResult } from "@/lib/domain/review/outbox";
import type { OutboxStore } from "./outbox-store";
import { callApi } from "./review-api";

// Sends the outbox to POST /api/v1/reviews/batch, oldest reviews first, a batch at a time; each
// batch's settled reviews leave the store only once the server has answered, so a lost answer means
// the batch is sent again (the server saves each reviewId once).

// The endpoint's limit (lib/schemas/review.ts BATCH_LIMIT).
const BATCH_LIMIT = 100;

type Answer = { results: (SyncResult & { message?: string })[]; cards: Parameters<typeof memoryFromJson>[0][] };
const isAnswer = (body: unknown): body is Answer => typeof body === "object" && body !== null && Array.isArray((body as Answer).results) && Array.isArray((body as Answer).cards);

export type SyncOutcome = {
  // Reviews still waiting, and the cards as the server now holds them.
  left: number;
  cards: CardMemory[];
  // The reviews refused as stale (another tab reviewed the card first), with the server's words.
  refused: string | null;
  // Set when sending stopped early: status 0 is no connection.
  failure: { status: number; message: string } | null;
};

// Sends everything waiting in `store` (or until the server cannot be reached).
export async function sendOutbox(store: OutboxStore): Promise<SyncOutcome> {
  const cards = new Map<string, CardMemory>();
  let refused: string | null = null;
  for (;;) {
    const waiting = await store.list();
    const batch = nextBatch(waiting, BATCH_LIMIT);
    if (batch.length === 0) return { left: 0, cards: [...cards.values()], refused, failure: null };
    const reviews = batch.map((e) => ({ reviewId: e.reviewId, cardId: e.cardId, rating: e.rating, durationMs: e.durationMs, reviewedAt: e.reviewedAt.toISOString(), ...(e.expectedVersion === undefined ? {} : { expectedVersion: e.expectedVersion }) }));
    const answer = await callApi<unknown>("/api/v1/reviews/batch", { method: "POST", body: JSON.stringify({ reviews }) });
    if (!answer.ok || !isAnswer(answer.data)) {
      return { left: waiting.length, cards: [...cards.values()], refused, failure: answer.ok ? { status: 200, message: "The server's answer was not understood." } : { status: answer.status, message: answer.message } };
    }
    const { results } = answer.data;
    for (const card of answer.data.cards) cards.set(card.cardId, memoryFromJson(card));
    const stale = results.find((r) => r.status === "stale");
    if (stale) refused = stale.message ?? "This card changed since it was shown.";
    const kept = new Set(settle(batch, results).map((e) => e.reviewId));
    const done = batch.filter((e) => !kept.has(e.reviewId)).map((e) => e.reviewId);
    await store.remove(done);
    // Nothing settled (a refusal that a retry would not change): stop rather than loop.
    if (done.length === 0) return { left: waiting.length, cards: [...cards.values()], refused, failure: { status: 200, message: "Some reviews could not be saved." } };
  }
}
