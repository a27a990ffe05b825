import { NextResponse } from "next/server";
import { notFoundResponse } from "@/lib/server/http";
import { refusalResponse } from "@/lib/server/refusal";
import { buildAssignmentReport } from "@/lib/server/assignments/report";
import { startAssignmentAttempt, startRefusal } from "@/lib/server/assignments/start";
import { getStudentAssignment } from "@/lib/server/assignments/student";
import { route } from "@/lib/server/route";

// GET: the attempts: every student's for the assignment's instructor, the student's own otherwise.
export const GET = route({
  route: "/api/v1/assignments/[id]/attempts",
  who: "signed-in",
  async handle({ user, ids: { id } }) {
    const now = new Date();
    if (user.role === "instructor") {
      const report = await buildAssignmentReport(user.id, id, now);
      return report ? NextResponse.json({ attempts: report.rows }) : notFoundResponse("No such assignment.");
    }
    const mine = await getStudentAssignment(user.id, id, now);
    return mine ? NextResponse.json({ attempts: mine.attempts }) : notFoundResponse("No such assignment.");
  },
});

// POST: the student starts an attempt (201), or gets the one in progress back (200); 409 when the
// rules refuse (not open, closed, attempts used up) or the set has no questions.
export const POST = route({
  route: "/api/v1/assignments/[id]/attempts",
  who: ["student"],
  async handle({ user, ids: { id } }) {
    const outcome = await startAssignmentAttempt(user.id, id, new Date());
    switch (outcome.status) {
      case "not-found":
        return notFoundResponse("No such assignment.");
      case "refused":
      case "empty":
        return refusalResponse(startRefusal(outcome));
      default:
        return NextResponse.json(
          { attemptId: outcome.attemptId, resumed: outcome.status === "resumed" },
          { status: outcome.status === "started" ? 201 : 200, headers: { Location: `/api/v1/quiz-attempts/${outcome.attemptId}` } },
        );
    }
  },
});
