import { NextResponse } from "next/server";
import { finishAttempt } from "@/lib/server/quiz/service";
import { route } from "@/lib/server/route";
import { notFoundResponse } from "@/lib/server/http";

// POST: finishes the attempt and grades it; finishing again returns the same finished attempt.
export const POST = route({
  route: "/api/v1/quiz-attempts/[id]/finish",
  who: "signed-in",
  notFound: "No such quiz attempt.",
  async handle({ user, ids: { id } }) {
    const attempt = await finishAttempt(user.id, id, new Date());
    if (!attempt) return notFoundResponse("No such quiz attempt.");
    return NextResponse.json({ attempt });
  },
});
