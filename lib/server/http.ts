import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";

// Helpers for route handlers: read a JSON body and answer bad input with 400/422 and the issues.

export type Parsed<T> = { data: T; response?: never } | { data?: never; response: NextResponse };

// Parses the request's JSON body with `schema`: 400 when it is not JSON, 422 with zod's issues when invalid.
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<Parsed<z.infer<S>>> {
  let body: unknown;
  try {
    const text = await request.text();
    if (text.length > 100_000) return { response: NextResponse.json({ error: "Request body too large (limit 100 kB)." }, { status: 413 }) };
    body = text === "" ? {} : JSON.parse(text);
  } catch {
    return { response: NextResponse.json({ error: "Request body is not valid JSON." }, { status: 400 }) };
  }
  const nul = findNul(body);
  if (nul === "too deep") return { response: NextResponse.json({ error: `Request body nests too deeply (limit ${maxJsonDepth} levels).` }, { status: 400 }) };
  if (nul !== null) {
    // PostgreSQL cannot store NUL in text: refuse it here, clearly, instead of failing at the write.
    return { response: NextResponse.json({ error: "Invalid input.", issues: [{ path: nul, message: "Text may not contain NUL (\\u0000) characters.", code: "custom" }] }, { status: 422 }) };
  }
  return parseInput(body, schema);
}

// How deep a JSON body may nest. No endpoint needs more than a few levels; a body nested thousands
// deep is an attack on the recursion of whatever reads it next.
export const maxJsonDepth = 64;

// The path of the first string (or key) holding a NUL character, or null when there is none; "too
// deep" when the value nests past maxJsonDepth. Walks with its own stack, so depth cannot overflow it.
function findNul(root: unknown): string | null | "too deep" {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: "", depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === "string") {
      if (value.includes("\u0000")) return path;
      continue;
    }
    if (!value || typeof value !== "object") continue;
    if (depth >= maxJsonDepth) return "too deep";
    const entries = Array.isArray(value) ? value.map((item, i) => [String(i), item] as const) : Object.entries(value);
    // Pushed in reverse, so the first NUL in document order is found first.
    for (let k = entries.length - 1; k >= 0; k--) {
      const [key, item] = entries[k]!;
      if (!Array.isArray(value) && key.includes("\u0000")) return path;
      stack.push({ value: item, path: path ? `${path}.${key}` : key, depth: depth + 1 });
    }
  }
  return null;
}

// Parses any input (query, params, body) with `schema`: 422 with zod's issues when invalid.
export function parseInput<S extends z.ZodType>(input: unknown, schema: S): Parsed<z.infer<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { data: parsed.data };
  return { response: issuesResponse(parsed.error) };
}

// The 422 for input zod refused, with each issue's path and message; or, in the same shape, for
// problems the domain found after parsing (an unknown section, a quiz that cannot be built).
export function issuesResponse(error: z.ZodError | readonly { path: string; message: string }[]): NextResponse {
  const issues = "issues" in error ? error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message, code: i.code })) : error.map((i) => ({ ...i, code: "custom" }));
  return NextResponse.json({ error: "Invalid input.", issues }, { status: 422 });
}

// The refusal of a write that the rules forbid right now (assignment closed, attempts used up, set full).
export function conflictResponse(error: string, extra: Record<string, unknown> = {}): NextResponse {
  return NextResponse.json({ error, ...extra }, { status: 409 });
}

// The JSON 404 for a record that does not exist or is not the caller's.
export function notFoundResponse(what = "Not found."): NextResponse {
  return NextResponse.json({ error: what }, { status: 404 });
}
