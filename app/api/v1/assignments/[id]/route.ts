import { NextResponse } from "next/server";
import { patchAssignmentSchema } from "@/lib/schemas/classes";
import { deleteAssignment, getAssignmentForInstructor } from "@/lib/server/data/assignments";
import { issuesResponse, notFoundResponse } from "@/lib/server/http";
import { patchAssignmentRules } from "@/lib/server/assignments/edit";
import { getStudentAssignment } from "@/lib/server/assignments/student";
import { route } from "@/lib/server/route";

// GET: the assignment with its rules: for its instructor, or for a student in its class together
// with their own attempts, grade and what starting would do now. Anyone else: 404.
export const GET = route({
  route: "/api/v1/assignments/[id]",
  who: "signed-in",
  async handle({ user, ids: { id } }) {
    const assignment = user.role === "instructor" ? await getAssignmentForInstructor(user.id, id) : await getStudentAssignment(user.id, id, new Date());
    if (!assignment) return notFoundResponse("No such assignment.");
    return NextResponse.json({ assignment });
  },
});

// PATCH { title?, opensAt?, dueAt?, timeZone?, timeLimitMinutes?, attemptsAllowed?, gradingMethod?,
// shuffleQuestions?, shuffleOptions?, feedback?, lateWork? }: changes the instructor's assignment
// (the others keep their values). 422 when the result is invalid (e.g. due before open).
export const PATCH = route({
  route: "/api/v1/assignments/[id]",
  who: ["instructor"],
  body: patchAssignmentSchema,
  sample: () => ({ title: "Homework 2b", dueAt: "2027-01-15T17:00", timeZone: "America/Chicago", attemptsAllowed: null, lateWork: "accept", targetRecall: 0.8 }),
  async handle({ user, ids: { id }, body }) {
    const outcome = await patchAssignmentRules(user.id, id, body);
    if (outcome.status === "not-found") return notFoundResponse("No such assignment.");
    if (outcome.status === "invalid") return issuesResponse(outcome.error);
    return NextResponse.json({ assignment: await getAssignmentForInstructor(user.id, id) });
  },
});

// DELETE: deletes the instructor's assignment with the students' attempts at it (204); 404 when it
// is not theirs or is already gone.
export const DELETE = route({
  route: "/api/v1/assignments/[id]",
  who: ["instructor"],
  async handle({ user, ids: { id } }) {
    if (!(await deleteAssignment(user.id, id))) return notFoundResponse("No such assignment.");
    return new Response(null, { status: 204 });
  },
});
