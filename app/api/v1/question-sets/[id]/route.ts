import { NextResponse } from "next/server";
import { renameQuestionSetSchema } from "@/lib/schemas/classes";
import { authenticate } from "@/lib/server/auth";
import { deleteQuestionSet, renameQuestionSet } from "@/lib/server/data/question-sets";
import { notFoundResponse, parseJsonBody } from "@/lib/server/http";
import { conflictResponse, idFrom, type IdParams } from "@/lib/server/teach/api";
import { getSetEditor, setInUseMessage } from "@/lib/server/teach/sets";
import { endpoint } from "@/lib/server/endpoint";

// GET: the instructor's set with its items described (fixed questions and random rules).
export const GET = endpoint("/api/v1/question-sets/[id]", async function GET(_request: Request, context: IdParams) {
  const { user, response } = await authenticate(["instructor"]);
  if (response) return response;
  const { id, response: bad } = await idFrom(context);
  if (bad) return bad;
  const set = await getSetEditor(user.id, id);
  if (!set) return notFoundResponse("No such question set.");
  return NextResponse.json({ questionSet: { id: set.id, title: set.title, items: set.items } });
});

// PATCH { title }: renames the set.
export const PATCH = endpoint("/api/v1/question-sets/[id]", async function PATCH(request: Request, context: IdParams) {
  const { user, response } = await authenticate(["instructor"]);
  if (response) return response;
  const { id, response: bad } = await idFrom(context);
  if (bad) return bad;
  const body = await parseJsonBody(request, renameQuestionSetSchema);
  if (body.response) return body.response;
  if (!(await renameQuestionSet(user.id, id, body.data.title))) return notFoundResponse("No such question set.");
  return NextResponse.json({ questionSet: { id, title: body.data.title } });
});

// DELETE: deletes the instructor's set (204); 409 while assignments use it; 404 when not theirs.
export const DELETE = endpoint("/api/v1/question-sets/[id]", async function DELETE(_request: Request, context: IdParams) {
  const { user, response } = await authenticate(["instructor"]);
  if (response) return response;
  const { id, response: bad } = await idFrom(context);
  if (bad) return bad;
  const outcome = await deleteQuestionSet(user.id, id);
  if (outcome.status === "no-set") return notFoundResponse("No such question set.");
  if (outcome.status === "in-use") return conflictResponse(setInUseMessage(outcome.assignments), { assignments: outcome.assignments });
  return new Response(null, { status: 204 });
});
