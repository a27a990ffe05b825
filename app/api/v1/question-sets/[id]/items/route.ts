import { NextResponse } from "next/server";
import { addSetItemSchema } from "@/lib/schemas/classes";
import { addSetItem } from "@/lib/server/data/question-sets";
import { notFoundResponse } from "@/lib/server/http";
import { missingItemRefusal, setFullRefusal } from "@/lib/server/question-sets/refusals";
import { refusalResponse } from "@/lib/server/refusal";
import { route } from "@/lib/server/route";

// POST { kind: "question", questionId } | { kind: "random", sectionId, count }: appends an item.
// 201 added; 200 when the question was already in the set (nothing added); 404 when the set, the
// question (another instructor's, retired or unknown) or the section is not usable; 409 when full.
export const POST = route({
  route: "/api/v1/question-sets/[id]/items",
  who: ["instructor"],
  body: addSetItemSchema,
  sample: (rows) => ({ kind: "random", sectionId: rows.sectionId, count: 2 }),
  async handle({ user, ids: { id }, body }) {
    const outcome = await addSetItem(user.id, id, body);
    if (outcome === "no-set") return notFoundResponse("No such question set.");
    if (outcome === "not-found") return refusalResponse(missingItemRefusal(body.kind));
    if (outcome === "full") return refusalResponse(setFullRefusal);
    return NextResponse.json({ outcome }, { status: outcome === "added" ? 201 : 200 });
  },
});
