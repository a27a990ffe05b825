import { NextResponse } from "next/server";
import { addSetItemSchema } from "@/lib/schemas/classes";
import { authenticate } from "@/lib/server/auth";
import { addSetItem } from "@/lib/server/data/question-sets";
import { notFoundResponse, parseJsonBody } from "@/lib/server/http";
import { conflictResponse, idFrom, type IdParams } from "@/lib/server/teach/api";
import { endpoint } from "@/lib/server/endpoint";

// POST { kind: "question", questionId } | { kind: "random", sectionId, count }: appends an item.
// 201 added; 200 when the question was already in the set (nothing added); 404 when the set, the
// question (another instructor's, retired or unknown) or the section is not usable; 409 when full.
export const POST = endpoint("/api/v1/question-sets/[id]/items", async function POST(request: Request, context: IdParams) {
  const { user, response } = await authenticate(["instructor"]);
  if (response) return response;
  const { id, response: bad } = await idFrom(context);
  if (bad) return bad;
  const body = await parseJsonBody(request, addSetItemSchema);
  if (body.response) return body.response;
  const outcome = await addSetItem(user.id, id, body.data);
  if (outcome === "no-set") return notFoundResponse("No such question set.");
  if (outcome === "not-found") return notFoundResponse("No such question or section.");
  if (outcome === "full") return conflictResponse("This set is full.");
  return NextResponse.json({ outcome }, { status: outcome === "added" ? 201 : 200 });
});
