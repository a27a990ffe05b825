import { NextResponse } from "next/server";
import { createCustomQuestionSchema } from "@/lib/schemas/classes";
import { authenticate } from "@/lib/server/auth";
import { notFoundResponse, parseJsonBody } from "@/lib/server/http";
import { conflictResponse, idFrom, issueResponse, type IdParams } from "@/lib/server/teach/api";
import { createCustomQuestion } from "@/lib/server/teach/questions";
import { endpoint } from "@/lib/server/endpoint";

// POST { sectionId?, question }: saves an instructor-written question (the content schema, quote
// optional) and appends it to the set (201). 404 when the set is not the instructor's, 409 when it
// is full; in both cases nothing is saved.
export const POST = endpoint("/api/v1/question-sets/[id]/questions", async function POST(request: Request, context: IdParams) {
  const { user, response } = await authenticate(["instructor"]);
  if (response) return response;
  const { id, response: bad } = await idFrom(context);
  if (bad) return bad;
  const body = await parseJsonBody(request, createCustomQuestionSchema);
  if (body.response) return body.response;
  const saved = await createCustomQuestion(user.id, id, body.data.sectionId, body.data.question);
  if (saved.status === "no-set") return notFoundResponse("No such question set.");
  if (saved.status === "unknown-section") return issueResponse("sectionId", "Unknown section.");
  if (saved.status === "full") return conflictResponse("This set is full.");
  return NextResponse.json({ question: { id: saved.id } }, { status: 201 });
});
