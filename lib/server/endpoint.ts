import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { createHmac, randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { busyRetryAfterSeconds, isDatabaseBusy } from "@/lib/server/database-busy";
import { log } from "@/lib/server/log";
import { metrics } from "@/lib/server/metrics";

// What every API request goes through: a request id, one structured log line (route pattern,
// method, status, duration, an anonymous user id), request metrics, and a 503 with Retry-After
// instead of a 500 when the database is too busy to start the request's work.

type RequestContext = { requestId: string; userId?: string };
const requestContext = new AsyncLocalStorage<RequestContext>();

// Called by authenticate(): the log line of this request names the user (anonymously).
export function noteRequestUser(userId: string) {
  const store = requestContext.getStore();
  if (store) store.userId = userId;
}

// A stable pseudonym: the same user reads the same in every line, and the line does not say who.
export function anonymousUserId(userId: string, secret = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET ?? ""): string {
  return createHmac("sha256", `log-pseudonym:${secret}`).update(userId).digest("base64url").slice(0, 12);
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export function busyResponse(): NextResponse {
  return NextResponse.json(
    { error: "The server is busy. Try again in a few seconds; nothing was saved.", reason: "busy" },
    { status: 503, headers: { "Retry-After": String(busyRetryAfterSeconds) } },
  );
}

// Wraps a route handler. `route` is the route's pattern (e.g. /api/v1/classes/[id]), so metrics
// and logs group requests by route rather than by id.
export function endpoint<Args extends unknown[]>(route: string, handler: (...args: Args) => Response | Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    // Handlers that read nothing from the request are declared without it (and called so in tests).
    const request = args[0] instanceof Request ? args[0] : undefined;
    const method = request?.method ?? "GET";
    const incoming = request?.headers.get("x-request-id");
    const context: RequestContext = { requestId: incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID() };
    const started = performance.now();
    const finish = (status: number) => {
      const seconds = (performance.now() - started) / 1000;
      metrics.requests.inc({ route, method, status: String(status) });
      metrics.duration.observe({ route, method }, seconds);
      return { requestId: context.requestId, route, method, status, durationMs: Math.round(seconds * 1000), user: context.userId && anonymousUserId(context.userId) };
    };
    let response: Response;
    try {
      response = await requestContext.run(context, () => handler(...args));
    } catch (error) {
      if (!isDatabaseBusy(error)) {
        log.error({ ...finish(500), err: error }, "request failed");
        throw error;
      }
      metrics.databaseBusy.inc({ route });
      response = busyResponse();
    }
    const line = finish(response.status);
    if (response.status === 503) log.warn(line, "database busy");
    else log.info(line, "request");
    try {
      response.headers.set("x-request-id", context.requestId);
    } catch {
      // A response with immutable headers (a redirect made by Response.redirect) keeps its own.
    }
    return response;
  };
}
