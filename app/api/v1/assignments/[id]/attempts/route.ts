import { NextResponse } from "next/server";
import { refusalMessage } from "@/lib/domain/classes/availability";
import { authenticate } from "@/lib/server/auth";
import { notFoundResponse } from "@/lib/server/http";
import { conflictResponse, idFrom, type IdParams } from "@/lib/server/teach/api";
import { buildAssignmentReport } from "@/lib/server/teach/report";
import { startAssignmentAttempt } from "@/lib/server/teach/start";
import { getStudentAssignment } from "@/lib/server/teach/student";
import { endpoint } from "@/lib/server/endpoint";

// GET: the attempts: every student's for the assignment's instructor, the student's own otherwise.
export const GET = endpoint("/api/v1/assignments/[id]/attempts", async function GET(_request: Request, context: IdParams) {
  const { user, response } = await authenticate();
  if (response) return response;
  const { id, response: bad } = await idFrom(context);
  if (bad) return bad;
  const now = new Date();
  if (user.role === "instructor") {
    const report = await buildAssignmentReport(user.id, id, now);
    return report ? NextResponse.json({ attempts: report.rows }) : notFoundResponse("No such assignment.");
  }
  const mine = await getStudentAssignment(user.id, id, now);
  return mine ? NextResponse.json({ attempts: mine.attempts }) : notFoundResponse("No such assignment.");
});

// POST: the student starts an attempt (201), or gets the one in progress back (200); 409 when the
// rules refuse (not open, closed, attempts used up) or the set has no questions.
export const POST = endpoint("/api/v1/assignments/[id]/attempts", async function POST(_request: Request, context: IdParams) {
  const { user, response } = await authenticate(["student"]);
  if (response) return response;
  const { id, response: bad } = await idFrom(context);
  if (bad) return bad;
  const outcome = await startAssignmentAttempt(user.id, id, new Date());
  switch (outcome.status) {
    case "not-found":
      return notFoundResponse("No such assignment.");
    case "refused":
      return conflictResponse(refusalMessage(outcome.reason), { reason: outcome.reason });
    case "empty":
      return conflictResponse("This assignment has no questions.", { reason: "empty" });
    default:
      return NextResponse.json(
        { attemptId: outcome.attemptId, resumed: outcome.status === "resumed" },
        { status: outcome.status === "started" ? 201 : 200, headers: { Location: `/api/v1/quiz-attempts/${outcome.attemptId}` } },
      );
  }
});
