import "server-only";
import { NextResponse } from "next/server";
import { rowIdSchema } from "@/lib/schemas/classes";
import { notFoundResponse } from "@/lib/server/http";

// Small pieces the /api/v1 classes, question-sets and assignments route handlers share.

export type IdParams = { params: Promise<{ id: string }> };

// A row id from the URL, or the 404 to return: a malformed id cannot name any row.
export async function idFrom(context: { params: Promise<Record<string, string>> }, key = "id"): Promise<{ id: string; response?: never } | { id?: never; response: NextResponse }> {
  const parsed = rowIdSchema.safeParse((await context.params)[key]);
  return parsed.success ? { id: parsed.data } : { response: notFoundResponse() };
}

// The refusal of a write that the rules forbid right now (assignment closed, attempts used up).
export function conflictResponse(error: string, extra: Record<string, unknown> = {}): NextResponse {
  return NextResponse.json({ error, ...extra }, { status: 409 });
}

// A 422 in the shape of lib/server/http.ts parseInput, for a problem found after parsing.
export function issueResponse(path: string, message: string): NextResponse {
  return NextResponse.json({ error: "Invalid input.", issues: [{ path, message, code: "custom" }] }, { status: 422 });
}
