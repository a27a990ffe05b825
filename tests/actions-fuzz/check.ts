import { signInAs } from "@/tests/auth-mock";
import { before, changesSince } from "@/tests/api-fuzz/harness";

// The one check every fuzzed action call goes through: what the action answered (a refusal, one of
// Next's control-flow errors, success, or a crash) and whether the database changed. Throws a
// replayable description on failure.

// - refused: a refusal with a message, or notFound(); nothing saved;
// - edge: anything but a crash; a refusal or notFound() saves nothing (a success may write);
// - read-only: anything but a crash; nothing saved.
export type Expectation = "refused" | "edge" | "read-only";

// "mute": says no without a message the form could show.
export type Verdict = "refused" | "mute" | "accepted";
export type Answer = Verdict | "not-found" | "forbidden" | "sign-in" | "redirect" | "threw";

// Reads the result shapes the actions answer with: FormState and { ok } ("ok": false is a no),
// { kind: "error" | "closed" } (quiz answers), { adopted: false } (time zone: nothing to do).
export function verdictOf(result: unknown): Verdict {
  if (!result || typeof result !== "object") return "accepted";
  const r = result as Record<string, unknown>;
  if (r.adopted === false) return "refused";
  if (r.ok !== false && r.kind !== "error" && r.kind !== "closed") return "accepted";
  return typeof r.message === "string" && r.message.trim() !== "" ? "refused" : "mute";
}

// Next's control-flow errors by digest (as lib/server/teach/test-support.ts reads them); anything else is a crash.
function interruptOf(error: unknown): Answer {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string") return "threw";
  if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return "not-found";
  if (digest === "NEXT_HTTP_ERROR_FALLBACK;403") return "forbidden";
  if (digest.startsWith("NEXT_REDIRECT;")) return digest.includes("/sign-in") ? "sign-in" : "redirect";
  return "threw";
}

// Calls per "action answer", for the summary.
export const answers = new Map<string, number>();

export type Call = { name: string; persona: string; user: { id: string } | null; sent: () => string; run: () => Promise<unknown>; verdict?: (result: unknown) => Verdict };

// Calls the action signed in as `call.user` and checks its answer and the database against `expected`.
export async function check(call: Call, expected: Expectation): Promise<void> {
  signInAs(call.user);
  const earlier = await before();
  let answer: Answer;
  let detail: string;
  try {
    const result = await call.run();
    answer = (call.verdict ?? verdictOf)(result);
    detail = JSON.stringify(result)?.slice(0, 400) ?? "undefined";
  } catch (error) {
    answer = interruptOf(error);
    detail = answer === "threw" && error instanceof Error ? (error.stack ?? String(error)) : String((error as { digest?: unknown })?.digest ?? error);
  }
  const tally = `${call.name} ${answer}`;
  answers.set(tally, (answers.get(tally) ?? 0) + 1);

  const problems: string[] = [];
  if (answer === "threw") problems.push("the action threw");
  else if (answer === "mute") problems.push("a refusal without a message");
  else if (answer === "forbidden" || answer === "sign-in") problems.push(`${answer}: but this persona may use the action`);
  else if (expected === "refused" && answer !== "refused" && answer !== "not-found") problems.push(`${answer}, expected a refusal or notFound()`);
  const changed = await changesSince(earlier);
  const mayWrite = expected === "edge" && (answer === "accepted" || answer === "redirect");
  if (changed && !mayWrite) problems.push(`data changed on a ${answer} answer: ${changed}`);
  if (problems.length > 0) {
    throw new Error([`${call.name} as ${call.persona}: ${problems.join("; ")}`, `  sent: ${call.sent()}`, `  answer: ${answer}: ${detail}`].join("\n"));
  }
}
