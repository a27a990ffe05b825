import { NextResponse } from "next/server";
import { route } from "@/lib/server/route";

// Runs on every request (never prerendered): it is the trivial baseline the review benchmark
// compares POST /api/v1/reviews with, and a liveness probe.
export const dynamic = "force-dynamic";

// GET: { ok: true } while the server is up.
export const GET = route({
  route: "/api/v1/health",
  who: "public",
  logged: false,
  handle: () => NextResponse.json({ ok: true }, { headers: { "cache-control": "no-store" } }),
});
