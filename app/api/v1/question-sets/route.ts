import { NextResponse } from "next/server";
import { createQuestionSetSchema } from "@/lib/schemas/classes";
import { createQuestionSet, listQuestionSets } from "@/lib/server/data/question-sets";
import { route } from "@/lib/server/route";

// GET: the instructor's question sets.
export const GET = route({
  route: "/api/v1/question-sets",
  who: ["instructor"],
  async handle({ user }) {
    return NextResponse.json({ questionSets: await listQuestionSets(user.id) });
  },
});

// POST { title? }: a new, empty set (201).
export const POST = route({
  route: "/api/v1/question-sets",
  who: ["instructor"],
  body: createQuestionSetSchema,
  sample: () => ({ title: "Week 1" }),
  async handle({ user, body }) {
    const set = await createQuestionSet(user.id, body.title);
    return NextResponse.json({ questionSet: set }, { status: 201, headers: { Location: `/api/v1/question-sets/${set.id}` } });
  },
});
