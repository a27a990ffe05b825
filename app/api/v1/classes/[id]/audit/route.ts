import { NextResponse } from "next/server";
import { AUDIT_PAGE_SIZE, auditQuerySchema } from "@/lib/schemas/audit";
import { listAuditEvents } from "@/lib/server/data/audit";
import { notFoundResponse } from "@/lib/server/http";
import { route } from "@/lib/server/route";

// GET ?page=N: the audit log of the instructor's class, newest first, 50 a page, with `hasMore`
// when older events follow. Another instructor's class is a 404, a student gets 403.
export const GET = route({
  route: "/api/v1/classes/[id]/audit",
  who: ["instructor"],
  query: auditQuerySchema,
  sample: () => ({ page: "2" }),
  async handle({ user, ids: { id }, query }) {
    const log = await listAuditEvents(user.id, id, query.page, AUDIT_PAGE_SIZE);
    if (!log) return notFoundResponse("No such class.");
    return NextResponse.json({ page: query.page, ...log }, { headers: { "cache-control": "no-store" } });
  },
});
