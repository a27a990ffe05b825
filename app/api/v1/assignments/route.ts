import { NextResponse } from "next/server";
import { createAssignmentSchema } from "@/lib/schemas/classes";
import { createAssignment, listAssignmentsForInstructor } from "@/lib/server/data/assignments";
import { notFoundResponse } from "@/lib/server/http";
import { listStudentAssignments } from "@/lib/server/assignments/student";
import { route } from "@/lib/server/route";

// GET: an instructor's assignments across their classes, or a student's assignments (from the
// classes they joined) with their status (upcoming, open, overdue, done).
export const GET = route({
  route: "/api/v1/assignments",
  who: "signed-in",
  async handle({ user }) {
    if (user.role === "instructor") return NextResponse.json({ assignments: await listAssignmentsForInstructor(user.id) });
    return NextResponse.json({ assignments: await listStudentAssignments(user.id, new Date()) });
  },
});

// POST { classId, setId, title, opensAt, dueAt, timeZone, ... }: assigns the instructor's set to
// their class (201). Dates are ISO instants, or datetime-local values read in `timeZone`.
export const POST = route({
  route: "/api/v1/assignments",
  who: ["instructor"],
  body: createAssignmentSchema,
  sample: (rows) => ({
    classId: rows.classId,
    setId: rows.setId,
    title: "Homework 2",
    opensAt: "2026-01-01T09:00",
    dueAt: "2026-12-01T09:00:00Z",
    timeZone: "Europe/Berlin",
    timeLimitMinutes: 30,
    attemptsAllowed: 2,
    gradingMethod: "average",
    shuffleQuestions: true,
    shuffleOptions: false,
    feedback: "after_due",
    lateWork: "refuse",
    targetRecall: 0.85,
  }),
  async handle({ user, body }) {
    const { timeLimitMinutes, ...input } = body;
    const created = await createAssignment(user.id, { ...input, timeLimitSeconds: timeLimitMinutes === null ? null : timeLimitMinutes * 60 });
    if (!created) return notFoundResponse("No such class or question set.");
    return NextResponse.json({ assignment: created }, { status: 201, headers: { Location: `/api/v1/assignments/${created.id}` } });
  },
});
