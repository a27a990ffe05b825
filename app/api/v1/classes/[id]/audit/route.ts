import { NextResponse } from "next/server";
import { AUDIT_PAGE_SIZE, auditQuerySchema } from "@/lib/schemas/audit";
import { authenticate } from "@/lib/server/auth";
import { listAuditEvents } from "@/lib/server/data/audit";
import { notFoundResponse, parseInput } from "@/lib/server/http";
import { idFrom, type IdParams } from "@/lib/server/teach/api";
import { endpoint } from "@/lib/server/endpoint";

// GET ?page=N: the audit log of the instructor's class, newest first, 50 a page, with `hasMore`
// when older events follow. Another instructor's class is a 404, a student gets 403.
export const GET = endpoint("/api/v1/classes/[id]/audit", async function GET(request: Request, context: IdParams) {
  const { user, response } = await authenticate(["instructor"]);
  if (response) return response;
  const { id, response: bad } = await idFrom(context);
  if (bad) return bad;
  const query = parseInput(Object.fromEntries(new URL(request.url).searchParams), auditQuerySchema);
  if (query.response) return query.response;
  const log = await listAuditEvents(user.id, id, query.data.page, AUDIT_PAGE_SIZE);
  if (!log) return notFoundResponse("No such class.");
  return NextResponse.json({ page: query.data.page, ...log }, { headers: { "cache-control": "no-store" } });
});
