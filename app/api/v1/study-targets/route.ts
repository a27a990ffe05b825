import { NextResponse } from "next/server";
import { createStudyTargetSchema, deleteStudyTargetSchema } from "@/lib/schemas/study-targets";
import { deleteOwnTarget } from "@/lib/server/data/study-targets";
import { notFoundResponse } from "@/lib/server/http";
import { refusalResponse } from "@/lib/server/refusal";
import { createStudyTarget, listTargetViews, targetRefusal } from "@/lib/server/review/targets";
import { route } from "@/lib/server/route";

// GET: the learner's study targets (open assignments of their classes, and their own), each with its
// readiness (predicted recall on the date and today) and the pacing of its never-studied cards.
export const GET = route({
  route: "/api/v1/study-targets",
  who: "signed-in",
  async handle({ user }) {
    return NextResponse.json({ targets: await listTargetViews(user.id, new Date()) });
  },
});

// POST { sectionIds, date: "YYYY-MM-DD", targetRecall? }: adds a target of the learner's own (201).
export const POST = route({
  route: "/api/v1/study-targets",
  who: "signed-in",
  body: createStudyTargetSchema,
  sample: (rows) => ({ sectionIds: [rows.sectionId], date: "2099-06-01", targetRecall: 0.95 }),
  async handle({ user, body }) {
    const outcome = await createStudyTarget(user.id, body, new Date());
    if (outcome.status === "invalid") return refusalResponse(targetRefusal(outcome));
    return NextResponse.json({ target: { id: outcome.id } }, { status: 201 });
  },
});

// DELETE { id }: deletes one of the learner's own targets (assignments' targets go with the assignment).
export const DELETE = route({
  route: "/api/v1/study-targets",
  who: "signed-in",
  body: deleteStudyTargetSchema,
  sample: (rows) => ({ id: rows.targetId }),
  async handle({ user, body }) {
    if (!(await deleteOwnTarget(user.id, body.id))) return notFoundResponse("No such target.");
    return NextResponse.json({ deleted: true });
  },
});
