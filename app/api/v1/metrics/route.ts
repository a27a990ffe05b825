import { NextResponse } from "next/server";
import { db } from "@/lib/server/db";
import { postgresPool } from "@/lib/db/client";
import { notFoundResponse } from "@/lib/server/http";
import { metricsAccess } from "@/lib/server/metrics-access";
import { metrics } from "@/lib/server/metrics";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

// GET with `Authorization: Bearer <METRICS_TOKEN>`: this instance's Prometheus metrics (request
// counts and durations by route, reviews, quiz answers, busy answers, pool usage). 404 when no
// METRICS_TOKEN is configured, 401 for a missing or wrong token. Not logged: a scrape is not a
// request of the app's users and must not count itself.
export const GET = route({
  route: "/api/v1/metrics",
  who: "public",
  logged: false,
  async handle({ request }) {
    const access = metricsAccess(request.headers.get("authorization"));
    if (access === "not-configured") return notFoundResponse();
    if (access === "refused") return NextResponse.json({ error: "A valid metrics token is required." }, { status: 401, headers: { "WWW-Authenticate": "Bearer" } });
    const pool = postgresPool(db);
    if (pool) {
      metrics.pool.set({ state: "total" }, pool.totalCount);
      metrics.pool.set({ state: "idle" }, pool.idleCount);
      metrics.pool.set({ state: "waiting" }, pool.waitingCount);
    }
    return new NextResponse(await metrics.registry.metrics(), { headers: { "content-type": metrics.registry.contentType, "cache-control": "no-store" } });
  },
});
