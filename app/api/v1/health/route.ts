import { NextResponse } from "next/server";

// Runs on every request (never prerendered): it is the trivial baseline the review benchmark
// compares POST /api/v1/reviews with, and a liveness probe.
export const dynamic = "force-dynamic";

// GET: { ok: true } while the server is up.
export function GET() {
  return NextResponse.json({ ok: true }, { headers: { "cache-control": "no-store" } });
}
