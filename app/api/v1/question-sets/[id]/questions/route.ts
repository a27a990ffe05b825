import { NextResponse } from "next/server";
import { createCustomQuestionSchema } from "@/lib/schemas/classes";
import { authenticate } from "@/lib/server/auth";
import { addSetItem, getQuestionSet } from "@/lib/server/data/question-sets";
import { notFoundResponse, parseJsonBody } from "@/lib/server/http";
import { idFrom, issueResponse, type IdParams } from "@/lib/server/teach/api";
import { createCustomQuestion } from "@/lib/server/teach/questions";

// POST { sectionId?, question }: saves an instructor-written question (the content schema, quote
// optional) and appends it to the set (201).
export async function POST(request: Request, context: IdParams) {
  const { user, response } = await authenticate(["instructor"]);
  if (response) return response;
  const { id, response: bad } = await idFrom(context);
  if (bad) return bad;
  const body = await parseJsonBody(request, createCustomQuestionSchema);
  if (body.response) return body.response;
  // Check the set before saving anything, so a request for another instructor's set writes nothing.
  if (!(await getQuestionSet(user.id, id))) return notFoundResponse("No such question set.");
  const saved = await createCustomQuestion(user.id, body.data.sectionId, body.data.question);
  if (saved.status === "unknown-section") return issueResponse("sectionId", "Unknown section.");
  await addSetItem(user.id, id, { kind: "question", questionId: saved.id });
  return NextResponse.json({ question: { id: saved.id } }, { status: 201 });
}
