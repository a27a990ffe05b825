import { NextResponse } from "next/server";
import { notFoundResponse } from "@/lib/server/http";
import { assignmentReadiness } from "@/lib/server/review/targets";
import { route } from "@/lib/server/route";

// GET: predicted recall of the assignment's material on its due date: a student's own; for the
// class's instructor, every student's and the class mean. Anyone else: 404.
export const GET = route({
  route: "/api/v1/assignments/[id]/readiness",
  who: "signed-in",
  async handle({ user, ids: { id } }) {
    const readiness = await assignmentReadiness(user.id, id, new Date());
    if (!readiness) return notFoundResponse("No such assignment.");
    return NextResponse.json(readiness);
  },
});
