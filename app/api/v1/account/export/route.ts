import { NextResponse } from "next/server";
import { buildAccountExport } from "@/lib/server/account-export";
import { notFoundResponse } from "@/lib/server/http";
import { route } from "@/lib/server/route";

// GET: everything Retain holds on the signed-in user, as a JSON download (quiz attempts as the
// learner may see them now: no key or verdict the feedback rules still hold back).
export const GET = route({
  route: "/api/v1/account/export",
  who: "signed-in",
  async handle({ user }) {
    const data = await buildAccountExport(user.id, new Date());
    if (!data) return notFoundResponse();
    return new NextResponse(JSON.stringify(data, null, 2), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="retain-export-${new Date().toISOString().slice(0, 10)}.json"`,
        "cache-control": "no-store",
      },
    });
  },
});
