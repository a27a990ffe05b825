import { NextResponse } from "next/server";
import { createClassSchema } from "@/lib/schemas/classes";
import { authenticate } from "@/lib/server/auth";
import { createClass, listClassesForInstructor, listClassesForStudent } from "@/lib/server/data/classes";
import { parseJsonBody } from "@/lib/server/http";
import { newJoinCode } from "@/lib/server/teach/join-codes";
import { endpoint } from "@/lib/server/endpoint";

// GET: an instructor's own classes (with join codes), or the classes a student joined.
export const GET = endpoint("/api/v1/classes", async function GET() {
  const { user, response } = await authenticate();
  if (response) return response;
  if (user.role === "instructor") return NextResponse.json({ classes: await listClassesForInstructor(user.id) });
  return NextResponse.json({ classes: await listClassesForStudent(user.id) });
});

// POST { name }: creates a class for the instructor (201) with a fresh join code.
export const POST = endpoint("/api/v1/classes", async function POST(request: Request) {
  const { user, response } = await authenticate(["instructor"]);
  if (response) return response;
  const body = await parseJsonBody(request, createClassSchema);
  if (body.response) return body.response;
  const created = await createClass(user.id, body.data.name, newJoinCode);
  return NextResponse.json({ class: created }, { status: 201, headers: { Location: `/api/v1/classes/${created.id}` } });
});
