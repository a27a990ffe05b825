import { NextResponse } from "next/server";
import { authenticate } from "@/lib/server/auth";
import { notFoundResponse } from "@/lib/server/http";
import { idFrom, type IdParams } from "@/lib/server/teach/api";
import { buildAssignmentReport } from "@/lib/server/teach/report";
import { endpoint } from "@/lib/server/endpoint";

// GET: item statistics of the instructor's assignment (facility, discrimination, option counts, flags).
export const GET = endpoint("/api/v1/assignments/[id]/statistics", async function GET(_request: Request, context: IdParams) {
  const { user, response } = await authenticate(["instructor"]);
  if (response) return response;
  const { id, response: bad } = await idFrom(context);
  if (bad) return bad;
  const report = await buildAssignmentReport(user.id, id, new Date());
  if (!report) return notFoundResponse("No such assignment.");
  return NextResponse.json({ gradedAttempts: report.gradedAttempts, statistics: report.statistics });
});
