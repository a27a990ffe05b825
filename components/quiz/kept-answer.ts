import type { Answer } from "@/lib/schemas/answer";

// An answer that could not be saved because the session ended, kept in this tab's storage until it
// is saved after signing in again (sessionStorage survives the trip to the sign-in page and back).

const keyOf = (attemptId: string, position: number) => `retain:kept-answer:${attemptId}:${position}`;

export function keepAnswer(attemptId: string, position: number, answer: Answer): void {
  try {
    sessionStorage.setItem(keyOf(attemptId, position), JSON.stringify(answer));
  } catch {
    // Storage full or disabled: the message still tells the learner to sign in again.
  }
}

export function readKeptAnswer(attemptId: string, position: number): Answer | null {
  try {
    const raw = sessionStorage.getItem(keyOf(attemptId, position));
    return raw ? (JSON.parse(raw) as Answer) : null;
  } catch {
    return null;
  }
}

export function forgetKeptAnswer(attemptId: string, position: number): void {
  try {
    sessionStorage.removeItem(keyOf(attemptId, position));
  } catch {
    // Nothing to forget.
  }
}
