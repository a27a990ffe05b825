import { NextResponse } from "next/server";
import { createAssignmentSchema } from "@/lib/schemas/classes";
import { authenticate } from "@/lib/server/auth";
import { createAssignment, listAssignmentsForInstructor } from "@/lib/server/data/assignments";
import { notFoundResponse, parseJsonBody } from "@/lib/server/http";
import { listStudentAssignments } from "@/lib/server/teach/student";
import { endpoint } from "@/lib/server/endpoint";

// GET: an instructor's assignments across their classes, or a student's assignments (from the
// classes they joined) with their status (upcoming, open, overdue, done).
export const GET = endpoint("/api/v1/assignments", async function GET() {
  const { user, response } = await authenticate();
  if (response) return response;
  if (user.role === "instructor") return NextResponse.json({ assignments: await listAssignmentsForInstructor(user.id) });
  return NextResponse.json({ assignments: await listStudentAssignments(user.id, new Date()) });
});

// POST { classId, setId, title, opensAt, dueAt, timeZone, ... }: assigns the instructor's set to
// their class (201). Dates are ISO instants, or datetime-local values read in `timeZone`.
export const POST = endpoint("/api/v1/assignments", async function POST(request: Request) {
  const { user, response } = await authenticate(["instructor"]);
  if (response) return response;
  const body = await parseJsonBody(request, createAssignmentSchema);
  if (body.response) return body.response;
  const { timeLimitMinutes, ...input } = body.data;
  const created = await createAssignment(user.id, { ...input, timeLimitSeconds: timeLimitMinutes === null ? null : timeLimitMinutes * 60 });
  if (!created) return notFoundResponse("No such class or question set.");
  return NextResponse.json({ assignment: created }, { status: 201, headers: { Location: `/api/v1/assignments/${created.id}` } });
});
