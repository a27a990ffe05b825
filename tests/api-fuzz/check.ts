import { signInAs } from "@/tests/auth-mock";
import type { Handler, RouteMethod } from "./discover";
import { before, changesSince, describeCall, invoke } from "./harness";

// The one check every fuzzed call goes through. Throws a replayable description on failure.

// What a call may answer:
// - refused: one of these 4xx statuses, an `error` message, nothing saved;
// - read-only: anything but a 5xx, nothing saved (handlers that read no input);
// - edge: anything but a 5xx; a 4xx must carry an `error` message and save nothing (a 2xx may write).
export type Expectation = { refused: number[] } | "read-only" | "edge";

// Calls per "METHOD /route status", for the summary.
export const statuses = new Map<string, number>();

// Calls `handler` signed in as `user` and checks the answer and the database against `expected`.
export async function check(
  handler: Handler,
  rm: RouteMethod,
  who: { persona: string; user: { id: string } },
  params: Record<string, string>,
  sent: { query?: string; body?: string },
  expected: Expectation,
): Promise<void> {
  signInAs(who.user);
  const earlier = await before();
  const outcome = await invoke(handler, rm, params, sent);
  const tally = `${rm.method} ${rm.route} ${outcome.status}`;
  statuses.set(tally, (statuses.get(tally) ?? 0) + 1);

  const refusal = outcome.status >= 400 && outcome.status < 500;
  const problems: string[] = [];
  if (outcome.threw !== undefined) problems.push("the handler threw");
  else if (typeof expected === "object" ? !expected.refused.includes(outcome.status) : outcome.status >= 500) {
    problems.push(`status ${outcome.status}, expected ${typeof expected === "object" ? expected.refused.join("/") : "no 5xx"}`);
  }
  const needsMessage = typeof expected === "object" || (expected === "edge" && refusal);
  if (needsMessage && outcome.threw === undefined && !outcome.error) problems.push("no `error` message in the JSON body");
  const changed = await changesSince(earlier);
  const mayWrite = expected === "edge" && outcome.status < 400;
  if (changed && !mayWrite) problems.push(`data changed on a ${outcome.status} answer: ${changed}`);
  if (problems.length > 0) throw new Error(describeCall(rm, who.persona, params, sent, outcome, problems.join("; ")));
}
