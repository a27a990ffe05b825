import { NextResponse } from "next/server";
import { createClassSchema } from "@/lib/schemas/classes";
import { createClass, listClassesForInstructor, listClassesForStudent } from "@/lib/server/data/classes";
import { newJoinCode } from "@/lib/server/classes/join-codes";
import { route } from "@/lib/server/route";

// GET: an instructor's own classes (with join codes), or the classes a student joined.
export const GET = route({
  route: "/api/v1/classes",
  who: "signed-in",
  async handle({ user }) {
    if (user.role === "instructor") return NextResponse.json({ classes: await listClassesForInstructor(user.id) });
    return NextResponse.json({ classes: await listClassesForStudent(user.id) });
  },
});

// POST { name }: creates a class for the instructor (201) with a fresh join code.
export const POST = route({
  route: "/api/v1/classes",
  who: ["instructor"],
  body: createClassSchema,
  sample: () => ({ name: "Period 2" }),
  async handle({ user, body }) {
    const created = await createClass(user.id, body.name, newJoinCode);
    return NextResponse.json({ class: created }, { status: 201, headers: { Location: `/api/v1/classes/${created.id}` } });
  },
});
