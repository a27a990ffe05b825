import { NextResponse } from "next/server";
import { notFoundResponse } from "@/lib/server/http";
import { buildAssignmentReport } from "@/lib/server/assignments/report";
import { route } from "@/lib/server/route";

// GET: item statistics of the instructor's assignment (facility, discrimination, option counts, flags).
export const GET = route({
  route: "/api/v1/assignments/[id]/statistics",
  who: ["instructor"],
  async handle({ user, ids: { id } }) {
    const report = await buildAssignmentReport(user.id, id, new Date());
    if (!report) return notFoundResponse("No such assignment.");
    return NextResponse.json({ gradedAttempts: report.gradedAttempts, statistics: report.statistics });
  },
});
