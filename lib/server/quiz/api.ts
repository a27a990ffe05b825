import "server-only";
import { NextResponse } from "next/server";
import { attemptIdSchema } from "@/lib/schemas/quiz";
import { notFoundResponse } from "@/lib/server/http";
import type { Issue } from "./create";

// Small pieces the /api/v1/quiz-attempts route handlers share.

export type AttemptParams = { params: Promise<{ id: string }> };

// The attempt id from the URL, or the 404 to return: a malformed id cannot name any attempt.
export async function attemptIdFrom(context: AttemptParams): Promise<{ id: string; response?: never } | { id?: never; response: NextResponse }> {
  const parsed = attemptIdSchema.safeParse((await context.params).id);
  return parsed.success ? { id: parsed.data } : { response: notFoundResponse("No such quiz attempt.") };
}

// A 422 in the same shape as lib/server/http.ts parseInput, for issues found after parsing.
export function issuesResponse(issues: Issue[]): NextResponse {
  return NextResponse.json({ error: "Invalid input.", issues: issues.map((i) => ({ ...i, code: "custom" })) }, { status: 422 });
}

export const attemptNotFound = () => notFoundResponse("No such quiz attempt.");
