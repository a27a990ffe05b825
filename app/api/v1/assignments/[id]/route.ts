import { NextResponse } from "next/server";
import { authenticate } from "@/lib/server/auth";
import { getAssignmentForInstructor } from "@/lib/server/data/assignments";
import { notFoundResponse } from "@/lib/server/http";
import { idFrom, type IdParams } from "@/lib/server/teach/api";
import { getStudentAssignment } from "@/lib/server/teach/student";

// GET: the assignment with its rules: for its instructor, or for a student in its class together
// with their own attempts, grade and what starting would do now. Anyone else: 404.
export async function GET(_request: Request, context: IdParams) {
  const { user, response } = await authenticate();
  if (response) return response;
  const { id, response: bad } = await idFrom(context);
  if (bad) return bad;
  const assignment = user.role === "instructor" ? await getAssignmentForInstructor(user.id, id) : await getStudentAssignment(user.id, id, new Date());
  if (!assignment) return notFoundResponse("No such assignment.");
  return NextResponse.json({ assignment });
}
