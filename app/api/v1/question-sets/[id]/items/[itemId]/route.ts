import { NextResponse } from "next/server";
import { moveSetItemSchema } from "@/lib/schemas/classes";
import { authenticate } from "@/lib/server/auth";
import { removeSetItem } from "@/lib/server/data/question-sets";
import { notFoundResponse, parseJsonBody } from "@/lib/server/http";
import { idFrom } from "@/lib/server/teach/api";
import { moveSetItem } from "@/lib/server/teach/sets";
import { endpoint } from "@/lib/server/endpoint";

type Params = { params: Promise<{ id: string; itemId: string }> };

async function ids(context: Params) {
  const set = await idFrom(context);
  const item = await idFrom(context, "itemId");
  return set.response ?? item.response ? null : { setId: set.id!, itemId: item.id! };
}

// PATCH { direction: "up" | "down" }: moves the item one place ("unchanged" at either end).
export const PATCH = endpoint("/api/v1/question-sets/[id]/items/[itemId]", async function PATCH(request: Request, context: Params) {
  const { user, response } = await authenticate(["instructor"]);
  if (response) return response;
  const target = await ids(context);
  if (!target) return notFoundResponse();
  const body = await parseJsonBody(request, moveSetItemSchema);
  if (body.response) return body.response;
  const outcome = await moveSetItem(user.id, target.setId, target.itemId, body.data.direction);
  if (outcome === "not-found") return notFoundResponse("No such item.");
  return NextResponse.json({ outcome });
});

// DELETE: removes the item (204).
export const DELETE = endpoint("/api/v1/question-sets/[id]/items/[itemId]", async function DELETE(_request: Request, context: Params) {
  const { user, response } = await authenticate(["instructor"]);
  if (response) return response;
  const target = await ids(context);
  if (!target || !(await removeSetItem(user.id, target.setId, target.itemId))) return notFoundResponse("No such item.");
  return new Response(null, { status: 204 });
});
