import { NextResponse } from "next/server";
import { createStudyTargetSchema, deleteStudyTargetSchema } from "@/lib/schemas/study-targets";
import { authenticate } from "@/lib/server/auth";
import { deleteOwnTarget } from "@/lib/server/data/study-targets";
import { notFoundResponse, parseJsonBody } from "@/lib/server/http";
import { createStudyTarget, listTargetViews } from "@/lib/server/review/targets";
import { issueResponse } from "@/lib/server/teach/api";
import { endpoint } from "@/lib/server/endpoint";

// GET: the learner's study targets (open assignments of their classes, and their own), each with its
// readiness (predicted recall on the date and today) and the pacing of its never-studied cards.
export const GET = endpoint("/api/v1/study-targets", async function GET() {
  const { user, response } = await authenticate();
  if (response) return response;
  return NextResponse.json({ targets: await listTargetViews(user.id, new Date()) });
});

// POST { sectionIds, date: "YYYY-MM-DD", targetRecall? }: adds a target of the learner's own (201).
export const POST = endpoint("/api/v1/study-targets", async function POST(request: Request) {
  const { user, response } = await authenticate();
  if (response) return response;
  const body = await parseJsonBody(request, createStudyTargetSchema);
  if (body.response) return body.response;
  const outcome = await createStudyTarget(user.id, body.data, new Date());
  if (outcome.status === "invalid") return issueResponse(outcome.path, outcome.message);
  return NextResponse.json({ target: { id: outcome.id } }, { status: 201 });
});

// DELETE { id }: deletes one of the learner's own targets (assignments' targets go with the assignment).
export const DELETE = endpoint("/api/v1/study-targets", async function DELETE(request: Request) {
  const { user, response } = await authenticate();
  if (response) return response;
  const body = await parseJsonBody(request, deleteStudyTargetSchema);
  if (body.response) return body.response;
  if (!(await deleteOwnTarget(user.id, body.data.id))) return notFoundResponse("No such target.");
  return NextResponse.json({ deleted: true });
});
