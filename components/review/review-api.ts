import { retryAfterSeconds, sendWithBusyRetry } from "@/lib/domain/busy-retry";
import type { QueueJson, ReviewItem } from "./types";

// The reviewer's calls to the JSON API (same origin, session cookie). Each returns what the screen
// needs or an error message to show; network failures become messages too. A "busy" answer (503)
// is sent again after the wait the server asks for: every write carries its idempotency id.

export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; message: string; retryAfterSeconds?: number | null };

async function callOnce<T>(url: string, init?: RequestInit): Promise<ApiResult<T>> {
  try {
    const response = await fetch(url, { ...init, headers: { "content-type": "application/json" }, cache: "no-store" });
    const body = (await response.json().catch(() => ({}))) as T & { error?: string };
    if (response.ok) return { ok: true, data: body };
    return { ok: false, status: response.status, message: body.error ?? `The server answered ${response.status}.`, retryAfterSeconds: retryAfterSeconds(response.headers.get("retry-after")) };
  } catch {
    return { ok: false, status: 0, message: "Could not reach the server. Check your connection and try again." };
  }
}

// One call to the JSON API (a busy server's 503 waited out and sent again).
export function callApi<T>(url: string, init?: RequestInit): Promise<ApiResult<T>> {
  return sendWithBusyRetry(
    () => callOnce<T>(url, init),
    (result) => (!result.ok && result.status === 503 ? { retryAfterSeconds: result.retryAfterSeconds ?? null } : null),
  );
}

// What the session reviews: one section or all, Anki's custom study (review ahead N days, N new
// cards of the section beyond today's limit), or a study target's "review ahead" session.
export type QueueQuery = { section?: string; ahead?: number; extraNew?: number; target?: string };

// The next cards and what is left today.
export function fetchQueue(query: QueueQuery, limit = 20) {
  const params = new URLSearchParams({ limit: String(limit) });
  if (query.section) params.set("section", query.section);
  if (query.ahead) params.set("ahead", String(query.ahead));
  if (query.extraNew) params.set("extraNew", String(query.extraNew));
  if (query.target) params.set("target", query.target);
  return callApi<{ queue: QueueJson }>(`/api/v1/review/queue?${params}`);
}

export type ReviewResult = { reviewId: string; cardId: string; rating: number; state: string; version: number; leech: boolean; leechSuspended: boolean };

// Grades a card once (the reviewId makes a retry harmless).
export function postReview(body: { reviewId: string; cardId: string; rating: number; durationMs: number; expectedVersion: number }) {
  return callApi<{ review: ReviewResult; replayed: boolean }>("/api/v1/reviews", { method: "POST", body: JSON.stringify(body) });
}

// Undoes the given review if it is still the latest.
export function postUndo(reviewId: string) {
  return callApi<{ undone: { reviewId: string; cardId: string }; item: ReviewItem | null }>("/api/v1/reviews/undo", { method: "POST", body: JSON.stringify({ reviewId }) });
}
