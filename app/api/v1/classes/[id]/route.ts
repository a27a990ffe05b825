import { NextResponse } from "next/server";
import { authenticate } from "@/lib/server/auth";
import { getClassForInstructor, getClassForStudent } from "@/lib/server/data/classes";
import { notFoundResponse } from "@/lib/server/http";
import { idFrom, type IdParams } from "@/lib/server/teach/api";
import { listStudentAssignments } from "@/lib/server/teach/student";

// GET: the instructor's class with its roster and join code, or, for a student in the class, the
// class and their assignments in it. Anyone else: 404.
export async function GET(_request: Request, context: IdParams) {
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
}
