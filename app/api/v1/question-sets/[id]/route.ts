import { NextResponse } from "next/server";
import { renameQuestionSetSchema } from "@/lib/schemas/classes";
import { deleteQuestionSet, renameQuestionSet } from "@/lib/server/data/question-sets";
import { notFoundResponse } from "@/lib/server/http";
import { getSetEditor } from "@/lib/server/question-sets/sets";
import { setInUseRefusal } from "@/lib/server/question-sets/refusals";
import { refusalResponse } from "@/lib/server/refusal";
import { route } from "@/lib/server/route";

// GET: the instructor's set with its items described (fixed questions and random rules).
export const GET = route({
  route: "/api/v1/question-sets/[id]",
  who: ["instructor"],
  async handle({ user, ids: { id } }) {
    const set = await getSetEditor(user.id, id);
    if (!set) return notFoundResponse("No such question set.");
    return NextResponse.json({ questionSet: { id: set.id, title: set.title, items: set.items } });
  },
});

// PATCH { title }: renames the set.
export const PATCH = route({
  route: "/api/v1/question-sets/[id]",
  who: ["instructor"],
  body: renameQuestionSetSchema,
  sample: () => ({ title: "Week 2" }),
  async handle({ user, ids: { id }, body }) {
    if (!(await renameQuestionSet(user.id, id, body.title))) return notFoundResponse("No such question set.");
    return NextResponse.json({ questionSet: { id, title: body.title } });
  },
});

// DELETE: deletes the instructor's set (204); 409 while assignments use it; 404 when not theirs.
export const DELETE = route({
  route: "/api/v1/question-sets/[id]",
  who: ["instructor"],
  async handle({ user, ids: { id } }) {
    const outcome = await deleteQuestionSet(user.id, id);
    if (outcome.status === "no-set") return notFoundResponse("No such question set.");
    if (outcome.status === "in-use") return refusalResponse(setInUseRefusal(outcome.assignments));
    return new Response(null, { status: 204 });
  },
});
