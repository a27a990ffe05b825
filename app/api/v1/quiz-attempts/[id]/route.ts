import { NextResponse } from "next/server";
import { getAttemptForLearner } from "@/lib/server/quiz/service";
import { route } from "@/lib/server/route";
import { notFoundResponse } from "@/lib/server/http";

// GET: the learner's attempt: public questions, their answers, and results as the feedback policy
// allows. An attempt past its deadline is closed and graded first.
export const GET = route({
  route: "/api/v1/quiz-attempts/[id]",
  who: "signed-in",
  notFound: "No such quiz attempt.",
  async handle({ user, ids: { id } }) {
    const attempt = await getAttemptForLearner(user.id, id, new Date());
    if (!attempt) return notFoundResponse("No such quiz attempt.");
    return NextResponse.json({ attempt });
  },
});
