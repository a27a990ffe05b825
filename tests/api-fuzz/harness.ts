import type { z } from "zod";
import { db } from "@/lib/server/db";
import type { Handler, RouteMethod } from "./discover";

// Calling a handler the way Next.js would, and checking that a refused request left the database
// exactly as it was: the row count of every table, and every row of the user-data tables (so an
// update such as a rename or a moved item is caught too, not only inserts and deletes).

export type Outcome = { status: number; text: string; error?: string; threw?: unknown };

// Calls the handler with the raw body text (none for GET) and the route params, catching throws.
export async function invoke(handler: Handler, rm: RouteMethod, params: Record<string, string>, options: { query?: string; body?: string } = {}): Promise<Outcome> {
  const pathname = rm.route.replace(/\[(\w+)\]/g, (_, name: string) => {
    try {
      return encodeURIComponent(params[name] ?? "").slice(0, 2_000) || "_";
    } catch {
      return "_";
    }
  });
  const init: RequestInit = { method: rm.method, headers: { "content-type": "application/json" } };
  if (rm.method !== "GET" && options.body !== undefined) init.body = options.body;
  try {
    const response = await handler(new Request(`http://localhost${pathname}${options.query ?? ""}`, init), { params: Promise.resolve(params) });
    const text = await response.text();
    let error: string | undefined;
    try {
      const json: unknown = JSON.parse(text);
      if (json && typeof json === "object" && "error" in json && typeof json.error === "string") error = json.error;
    } catch {
      // Not JSON: `error` stays undefined and the check below reports it.
    }
    return { status: response.status, text, error };
  } catch (threw) {
    return { status: 500, text: "", threw };
  }
}

// Whether `text` would pass the route's parseJsonBody (same size limit, "" read as {}, no NUL). The text is
// first sent through UTF-8 as a request body is, which drops a leading BOM and replaces lone surrogates.
export function isValidBody(schema: z.ZodType, sent: string): boolean {
  const text = new TextDecoder().decode(new TextEncoder().encode(sent));
  if (text.length > 100_000) return false;
  let parsed: unknown;
  try {
    parsed = text === "" ? {} : JSON.parse(text);
  } catch {
    return false;
  }
  return !hasNul(parsed) && schema.safeParse(parsed).success;
}

// NUL in any string or key: PostgreSQL cannot store it, so parseJsonBody refuses it for every route.
function hasNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (Array.isArray(value)) return value.some(hasNul);
  if (value && typeof value === "object") return Object.entries(value).some(([k, v]) => k.includes("\u0000") || hasNul(v));
  return false;
}

// Whether `query` ("?a=b") would pass the route's parseInput of its search params.
export function isValidQuery(schema: z.ZodType, query: string): boolean {
  return schema.safeParse(Object.fromEntries(new URL(`http://localhost/${query}`).searchParams)).success;
}

const counted = ["user", "account", "quizAttempt", "quizAttemptItem", "questionResult", "card", "reviewLog", "class", "enrollment", "questionSet", "questionSetItem", "assignment", "question", "reviewSettings"] as const;

type Snapshot = Record<string, string>;

async function takeSnapshot(): Promise<Snapshot> {
  const counts = await Promise.all(counted.map((t) => (db[t] as unknown as { count: () => Promise<number> }).count()));
  const rows = await Promise.all([
    db.user.findMany({ orderBy: { id: "asc" } }),
    db.class.findMany({ orderBy: { id: "asc" } }),
    db.enrollment.findMany({ orderBy: [{ classId: "asc" }, { userId: "asc" }] }),
    db.questionSet.findMany({ orderBy: { id: "asc" } }),
    db.questionSetItem.findMany({ orderBy: { id: "asc" } }),
    db.assignment.findMany({ orderBy: { id: "asc" } }),
    db.quizAttempt.findMany({ orderBy: { id: "asc" } }),
    db.quizAttemptItem.findMany({ orderBy: { id: "asc" } }),
    db.questionResult.findMany({ orderBy: [{ userId: "asc" }, { questionId: "asc" }] }),
    db.card.findMany({ orderBy: { id: "asc" } }),
    db.reviewLog.findMany({ orderBy: { id: "asc" } }),
    db.reviewSettings.findMany({ orderBy: { userId: "asc" } }),
    db.question.findMany({ where: { ownerId: { not: null } }, orderBy: { id: "asc" } }),
  ]);
  const names = ["user", "class", "enrollment", "questionSet", "questionSetItem", "assignment", "quizAttempt", "quizAttemptItem", "questionResult", "card", "reviewLog", "reviewSettings", "question(owned)"];
  const snap: Snapshot = {};
  counted.forEach((t, i) => (snap[`${t}.count`] = String(counts[i])));
  names.forEach((n, i) => (snap[`${n}.rows`] = JSON.stringify(rows[i])));
  return snap;
}

let last: Snapshot | null = null;

// The database before the next call. Each check's "after" is the next check's "before", so one
// snapshot per call suffices; forget() drops it when the test itself changes the data.
export async function before(): Promise<Snapshot> {
  last ??= await takeSnapshot();
  return last;
}

// Forgets the cached snapshot (after set-up writes).
export function forget(): void {
  last = null;
}

// The tables whose counts or rows differ from `earlier` ("" when nothing changed).
export async function changesSince(earlier: Snapshot): Promise<string> {
  const now = await takeSnapshot();
  last = now;
  return Object.keys(now)
    .filter((k) => now[k] !== earlier[k])
    .map((k) => (k.endsWith(".count") ? `${k} ${earlier[k]} -> ${now[k]}` : `${k} changed`))
    .join("; ");
}

const preview = (text: string | undefined) => {
  if (text === undefined) return "(none)";
  const json = JSON.stringify(text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text);
  return json ?? "";
};

// The failure message naming everything needed to replay the request.
export function describeCall(rm: RouteMethod, persona: string, params: Record<string, string>, sent: { query?: string; body?: string }, outcome: Outcome, problem: string): string {
  const stack = outcome.threw instanceof Error ? outcome.threw.stack : outcome.threw === undefined ? "" : String(outcome.threw);
  return [
    `${rm.method} ${rm.route} as ${persona}: ${problem}`,
    `  params: ${preview(JSON.stringify(params))}`,
    sent.query !== undefined ? `  query: ${preview(sent.query)}` : "",
    sent.body !== undefined ? `  body: ${preview(sent.body)}` : "",
    `  status: ${outcome.status}; response: ${preview(outcome.text)}`,
    stack ? `  thrown: ${stack}` : "",
  ]
    .filter(Boolean)
    .join("\n");
}
