import { NextResponse } from "next/server";
import { notFoundResponse } from "@/lib/server/http";
import { buildGradebook } from "@/lib/server/classes/gradebook";
import { route } from "@/lib/server/route";

// GET: the gradebook of the instructor's class: students × assignments with grades and late marks.
export const GET = route({
  route: "/api/v1/classes/[id]/gradebook",
  who: ["instructor"],
  async handle({ user, ids: { id } }) {
    const book = await buildGradebook(user.id, id, new Date());
    if (!book) return notFoundResponse("No such class.");
    return NextResponse.json({ gradebook: book });
  },
});
