import { NextResponse } from "next/server";
import { createQuestionSetSchema } from "@/lib/schemas/classes";
import { authenticate } from "@/lib/server/auth";
import { createQuestionSet, listQuestionSets } from "@/lib/server/data/question-sets";
import { parseJsonBody } from "@/lib/server/http";
import { endpoint } from "@/lib/server/endpoint";

// GET: the instructor's question sets.
export const GET = endpoint("/api/v1/question-sets", async function GET() {
  const { user, response } = await authenticate(["instructor"]);
  if (response) return response;
  return NextResponse.json({ questionSets: await listQuestionSets(user.id) });
});

// POST { title? }: a new, empty set (201).
export const POST = endpoint("/api/v1/question-sets", async function POST(request: Request) {
  const { user, response } = await authenticate(["instructor"]);
  if (response) return response;
  const body = await parseJsonBody(request, createQuestionSetSchema);
  if (body.response) return body.response;
  const set = await createQuestionSet(user.id, body.data.title);
  return NextResponse.json({ questionSet: set }, { status: 201, headers: { Location: `/api/v1/question-sets/${set.id}` } });
});
