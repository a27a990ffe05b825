import { NextResponse } from "next/server";
import { createClassSchema } from "@/lib/schemas/classes";
import { deleteClass, getClassForInstructor, getClassForStudent, renameClass } from "@/lib/server/data/classes";
import { notFoundResponse } from "@/lib/server/http";
import { route } from "@/lib/server/route";
import { listStudentAssignments } from "@/lib/server/assignments/student";

// GET: the instructor's class with its roster and join code, or, for a student in the class, the
// class and their assignments in it. Anyone else: 404.
export const GET = route({
  route: "/api/v1/classes/[id]",
  who: "signed-in",
  async handle({ user, ids }) {
    if (user.role === "instructor") {
      const klass = await getClassForInstructor(user.id, ids.id);
      if (!klass) return notFoundResponse("No such class.");
      const { enrollments, ...rest } = klass;
      return NextResponse.json({ class: { ...rest, members: enrollments.map((e) => ({ ...e.user, joinedAt: e.joinedAt })) } });
    }
    const klass = await getClassForStudent(user.id, ids.id);
    if (!klass) return notFoundResponse("No such class.");
    return NextResponse.json({ class: { id: klass.id, name: klass.name, instructorName: klass.instructor.name }, assignments: await listStudentAssignments(user.id, new Date(), ids.id) });
  },
});

// PATCH { name }: renames the instructor's class.
export const PATCH = route({
  route: "/api/v1/classes/[id]",
  who: ["instructor"],
  body: createClassSchema,
  sample: () => ({ name: "Period 3" }),
  async handle({ user, ids, body }) {
    if (!(await renameClass(user.id, ids.id, body.name))) return notFoundResponse("No such class.");
    return NextResponse.json({ class: { id: ids.id, name: body.name } });
  },
});

// DELETE: deletes the instructor's class with its roster, assignments and the attempts at them
// (204); 404 when it is not theirs or is already gone.
export const DELETE = route({
  route: "/api/v1/classes/[id]",
  who: ["instructor"],
  async handle({ user, ids }) {
    if (!(await deleteClass(user.id, ids.id))) return notFoundResponse("No such class.");
    return new Response(null, { status: 204 });
  },
});
