import { NextResponse } from "next/server";
import { patchAssignmentSchema } from "@/lib/schemas/classes";
import { authenticate } from "@/lib/server/auth";
import { deleteAssignment, getAssignmentForInstructor } from "@/lib/server/data/assignments";
import { issuesResponse, notFoundResponse, parseJsonBody } from "@/lib/server/http";
import { patchAssignmentRules } from "@/lib/server/teach/assignment-edit";
import { idFrom, type IdParams } from "@/lib/server/teach/api";
import { getStudentAssignment } from "@/lib/server/teach/student";
import { endpoint } from "@/lib/server/endpoint";

// GET: the assignment with its rules: for its instructor, or for a student in its class together
// with their own attempts, grade and what starting would do now. Anyone else: 404.
export const GET = endpoint("/api/v1/assignments/[id]", async function GET(_request: Request, context: IdParams) {
  const { user, response } = await authenticate();
  if (response) return response;
  const { id, response: bad } = await idFrom(context);
  if (bad) return bad;
  const assignment = user.role === "instructor" ? await getAssignmentForInstructor(user.id, id) : await getStudentAssignment(user.id, id, new Date());
  if (!assignment) return notFoundResponse("No such assignment.");
  return NextResponse.json({ assignment });
});

// PATCH { title?, opensAt?, dueAt?, timeZone?, timeLimitMinutes?, attemptsAllowed?, gradingMethod?,
// shuffleQuestions?, shuffleOptions?, feedback?, lateWork? }: changes the instructor's assignment
// (the others keep their values). 422 when the result is invalid (e.g. due before open).
export const PATCH = endpoint("/api/v1/assignments/[id]", async function PATCH(request: Request, context: IdParams) {
  const { user, response } = await authenticate(["instructor"]);
  if (response) return response;
  const { id, response: bad } = await idFrom(context);
  if (bad) return bad;
  const body = await parseJsonBody(request, patchAssignmentSchema);
  if (body.response) return body.response;
  const outcome = await patchAssignmentRules(user.id, id, body.data);
  if (outcome.status === "not-found") return notFoundResponse("No such assignment.");
  if (outcome.status === "invalid") return issuesResponse(outcome.error);
  return NextResponse.json({ assignment: await getAssignmentForInstructor(user.id, id) });
});

// DELETE: deletes the instructor's assignment with the students' attempts at it (204); 404 when it
// is not theirs or is already gone.
export const DELETE = endpoint("/api/v1/assignments/[id]", async function DELETE(_request: Request, context: IdParams) {
  const { user, response } = await authenticate(["instructor"]);
  if (response) return response;
  const { id, response: bad } = await idFrom(context);
  if (bad) return bad;
  if (!(await deleteAssignment(user.id, id))) return notFoundResponse("No such assignment.");
  return new Response(null, { status: 204 });
});
