import { NextResponse } from "next/server";
import { createClassSchema } from "@/lib/schemas/classes";
import { authenticate } from "@/lib/server/auth";
import { deleteClass, getClassForInstructor, getClassForStudent, renameClass } from "@/lib/server/data/classes";
import { notFoundResponse, parseJsonBody } from "@/lib/server/http";
import { idFrom, type IdParams } from "@/lib/server/teach/api";
import { listStudentAssignments } from "@/lib/server/teach/student";
import { endpoint } from "@/lib/server/endpoint";

// GET: the instructor's class with its roster and join code, or, for a student in the class, the
// class and their assignments in it. Anyone else: 404.
export const GET = endpoint("/api/v1/classes/[id]", async function GET(_request: Request, context: IdParams) {
  const { user, response } = await authenticate();
  if (response) return response;
  const { id, response: bad } = await idFrom(context);
  if (bad) return bad;
  if (user.role === "instructor") {
    const klass = await getClassForInstructor(user.id, id);
    if (!klass) return notFoundResponse("No such class.");
    const { enrollments, ...rest } = klass;
    return NextResponse.json({ class: { ...rest, members: enrollments.map((e) => ({ ...e.user, joinedAt: e.joinedAt })) } });
  }
  const klass = await getClassForStudent(user.id, id);
  if (!klass) return notFoundResponse("No such class.");
  return NextResponse.json({ class: { id: klass.id, name: klass.name, instructorName: klass.instructor.name }, assignments: await listStudentAssignments(user.id, new Date(), id) });
});

// PATCH { name }: renames the instructor's class.
export const PATCH = endpoint("/api/v1/classes/[id]", async function PATCH(request: Request, context: IdParams) {
  const { user, response } = await authenticate(["instructor"]);
  if (response) return response;
  const { id, response: bad } = await idFrom(context);
  if (bad) return bad;
  const body = await parseJsonBody(request, createClassSchema);
  if (body.response) return body.response;
  if (!(await renameClass(user.id, id, body.data.name))) return notFoundResponse("No such class.");
  return NextResponse.json({ class: { id, name: body.data.name } });
});

// DELETE: deletes the instructor's class with its roster, assignments and the attempts at them
// (204); 404 when it is not theirs or is already gone.
export const DELETE = endpoint("/api/v1/classes/[id]", async function DELETE(_request: Request, context: IdParams) {
  const { user, response } = await authenticate(["instructor"]);
  if (response) return response;
  const { id, response: bad } = await idFrom(context);
  if (bad) return bad;
  if (!(await deleteClass(user.id, id))) return notFoundResponse("No such class.");
  return new Response(null, { status: 204 });
});
