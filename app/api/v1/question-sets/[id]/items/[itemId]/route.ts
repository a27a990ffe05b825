import { NextResponse } from "next/server";
import { moveSetItemSchema } from "@/lib/schemas/classes";
import { removeSetItem } from "@/lib/server/data/question-sets";
import { moveSetItem } from "@/lib/server/question-sets/sets";
import { notFoundResponse } from "@/lib/server/http";
import { route } from "@/lib/server/route";

// PATCH { direction: "up" | "down" }: moves the item one place ("unchanged" at either end).
export const PATCH = route({
  route: "/api/v1/question-sets/[id]/items/[itemId]",
  who: ["instructor"],
  body: moveSetItemSchema,
  sample: () => ({ direction: "down" }),
  async handle({ user, ids, body }) {
    const outcome = await moveSetItem(user.id, ids.id, ids.itemId, body.direction);
    if (outcome === "not-found") return notFoundResponse("No such item.");
    return NextResponse.json({ outcome });
  },
});

// DELETE: removes the item (204).
export const DELETE = route({
  route: "/api/v1/question-sets/[id]/items/[itemId]",
  who: ["instructor"],
  async handle({ user, ids }) {
    if (!(await removeSetItem(user.id, ids.id, ids.itemId))) return notFoundResponse("No such item.");
    return new Response(null, { status: 204 });
  },
});
