import { NextResponse } from "next/server";
import { checkReadiness } from "@/lib/server/readiness";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

// GET (no sign-in, like health): 200 { ready: true } when the database answers and has every
// migration applied; 503 { ready: false, reason } otherwise. Liveness is /api/v1/health.
export const GET = route({
  route: "/api/v1/ready",
  who: "public",
  async handle() {
    const readiness = await checkReadiness();
    return NextResponse.json(readiness, { status: readiness.ready ? 200 : 503, headers: { "cache-control": "no-store" } });
  },
});
