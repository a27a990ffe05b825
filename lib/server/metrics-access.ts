import { timingSafeEqual } from "node:crypto";

// Who may read /api/v1/metrics: a scraper presenting METRICS_TOKEN as a bearer token. Without a
// configured token the endpoint does not exist (404), so a deployment never exposes it by accident.
export type MetricsAccess = "allowed" | "not-configured" | "refused";

export function metricsAccess(authorization: string | null, token: string | undefined = process.env.METRICS_TOKEN): MetricsAccess {
  if (!token) return "not-configured";
  const presented = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1] ?? "";
  const a = Buffer.from(presented);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b) ? "allowed" : "refused";
}
