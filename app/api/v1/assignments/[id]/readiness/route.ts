import { NextResponse } from "next/server";
import { authenticate } from "@/lib/server/auth";
import { notFoundResponse } from "@/lib/server/http";
import { assignmentReadiness } from "@/lib/server/review/targets";
import { idFrom, type IdParams } from "@/lib/server/teach/api";
import { endpoint } from "@/lib/server/endpoint";

// GET: predicted recall of the assignment's material on its due date: a student's own; for the
// class's instructor, every student's and the class mean. Anyone else: 404.
export const GET = endpoint("/api/v1/assignments/[id]/readiness", async function GET(_request: Request, context: IdParams) {
  const { user, response } = await authenticate();
  if (response) return response;
  const { id, response: bad } = await idFrom(context);
  if (bad) return bad;
  const readiness = await assignmentReadiness(user.id, id, new Date());
  if (!readiness) return notFoundResponse("No such assignment.");
  return NextResponse.json(readiness);
});
