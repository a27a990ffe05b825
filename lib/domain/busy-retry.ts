// The app's own clients (the reviewer, the quiz player) send a request again when the server
// answers "busy" (503 with Retry-After): with the same idempotency id (reviewId, answerId), so a
// request that was in fact saved is not saved twice. A few tries, waiting what the server asks
// (bounded), then the error is shown.

export const busyRetryLimit = 5;
const maxWaitMs = 10_000;
const fallbackWaitMs = 2_000;

// How long to wait before try number `attempt` (0-based) after a busy answer: the server's
// Retry-After (seconds), else 2 s, stretched by up to a quarter at random so a whole class
// retrying at once spreads out.
export function busyRetryDelayMs(retryAfterSeconds: number | null, random: () => number = Math.random): number {
  const base = retryAfterSeconds !== null && Number.isFinite(retryAfterSeconds) && retryAfterSeconds >= 0 ? retryAfterSeconds * 1000 : fallbackWaitMs;
  return Math.min(maxWaitMs, Math.round(base * (1 + random() / 4)));
}

// Reads a Retry-After header given in seconds (the HTTP-date form is not used by this app).
export function retryAfterSeconds(header: string | null): number | null {
  if (header === null || !/^\d{1,4}$/.test(header.trim())) return null;
  return Number(header.trim());
}

// Sends until the answer is not "busy" or the tries run out; `busyWait` says whether an answer is
// busy and how long the server asked to wait (null: not busy).
export async function sendWithBusyRetry<T>(
  send: () => Promise<T>,
  busyWait: (result: T) => { retryAfterSeconds: number | null } | null,
  options: { sleep?: (ms: number) => Promise<void>; random?: () => number; onBusy?: (waitMs: number) => void } = {},
): Promise<T> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let result = await send();
  for (let attempt = 0; attempt < busyRetryLimit; attempt++) {
    const busy = busyWait(result);
    if (!busy) return result;
    const wait = busyRetryDelayMs(busy.retryAfterSeconds, options.random);
    options.onBusy?.(wait);
    await sleep(wait);
    result = await send();
  }
  return result;
}
