import { afterEach, describe, expect, it, vi } from "vitest";
import { NextResponse } from "next/server";
import { anonymousUserId, endpoint, noteRequestUser } from "@/lib/server/endpoint";
import { isDatabaseBusy } from "@/lib/server/database-busy";
import { log } from "@/lib/server/log";
import { metrics } from "@/lib/server/metrics";
import { metricsAccess } from "@/lib/server/metrics-access";
import { GET as metricsRoute } from "@/app/api/v1/metrics/route";
import { DatabaseWaitTimeout } from "@/lib/db/sqlite-serialized";

// The API's common wrapper: one structured log line per request, metrics, request ids, and busy
// databases answered 503; and who may read the metrics.

afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.METRICS_TOKEN;
});

describe("endpoint()", () => {
  it("logs route pattern, method, status, duration and an anonymous user, and echoes the request id", async () => {
    const info = vi.spyOn(log, "info").mockImplementation(() => undefined);
    const handler = endpoint("/api/v1/things/[id]", async (request: Request) => {
      noteRequestUser("user-123");
      return NextResponse.json({ method: request.method }, { status: 201 });
    });
    const response = await handler(new Request("http://localhost/api/v1/things/abc", { method: "POST", headers: { "x-request-id": "req-42" } }));
    expect(response.status).toBe(201);
    expect(response.headers.get("x-request-id")).toBe("req-42");
    const [line] = info.mock.calls[0] as [Record<string, unknown>];
    expect(line).toMatchObject({ requestId: "req-42", route: "/api/v1/things/[id]", method: "POST", status: 201, user: anonymousUserId("user-123") });
    expect(typeof line.durationMs).toBe("number");
    expect(JSON.stringify(line)).not.toContain("user-123");
  });

  it("makes up a request id when the caller's is missing or not a plain token", async () => {
    vi.spyOn(log, "info").mockImplementation(() => undefined);
    const handler = endpoint("/api/v1/x", async (request: Request) => NextResponse.json({ url: request.url }));
    const response = await handler(new Request("http://localhost/api/v1/x", { headers: { "x-request-id": "bad id; with spaces" } }));
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("answers 503 with Retry-After when the database is busy, and counts it", async () => {
    vi.spyOn(log, "warn").mockImplementation(() => undefined);
    const before = (await metrics.databaseBusy.get()).values.find((v) => v.labels.route === "/api/v1/busy")?.value ?? 0;
    const handler = endpoint("/api/v1/busy", async (request: Request) => {
      expect(request.method).toBe("POST");
      throw new DatabaseWaitTimeout(300);
    });
    const response = await handler(new Request("http://localhost/api/v1/busy", { method: "POST" }));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("2");
    const after = (await metrics.databaseBusy.get()).values.find((v) => v.labels.route === "/api/v1/busy")?.value ?? 0;
    expect(after).toBe(before + 1);
  });

  it("lets any other error through (a 500) after logging it once with its stack", async () => {
    const error = vi.spyOn(log, "error").mockImplementation(() => undefined);
    const handler = endpoint("/api/v1/bug", async (request: Request) => {
      expect(request.url).toContain("/bug");
      throw new TypeError("a bug");
    });
    await expect(handler(new Request("http://localhost/api/v1/bug"))).rejects.toThrow("a bug");
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0]![0]).toMatchObject({ status: 500, route: "/api/v1/bug" });
  });

  it("gives each user one pseudonym that depends on the secret", () => {
    expect(anonymousUserId("u1", "s")).toBe(anonymousUserId("u1", "s"));
    expect(anonymousUserId("u1", "s")).not.toBe(anonymousUserId("u2", "s"));
    expect(anonymousUserId("u1", "s")).not.toBe(anonymousUserId("u1", "t"));
  });
});

describe("what counts as a busy database", () => {
  it("knows Prisma's pool and transaction timeouts, pg's pool timeout and SQLite's busy lock, and nothing else", () => {
    expect(isDatabaseBusy(Object.assign(new Error("x"), { code: "P2028" }))).toBe(true);
    expect(isDatabaseBusy(Object.assign(new Error("x"), { code: "P2024" }))).toBe(true);
    expect(isDatabaseBusy(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isDatabaseBusy(new Error("outer", { cause: new Error("SQLITE_BUSY: database is locked") }))).toBe(true);
    expect(isDatabaseBusy(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBe(false);
    expect(isDatabaseBusy(new TypeError("undefined is not a function"))).toBe(false);
    expect(isDatabaseBusy("a string")).toBe(false);
  });
});

describe("GET /api/v1/metrics", () => {
  it("does not exist without METRICS_TOKEN, refuses a wrong token and serves Prometheus text to the right one", async () => {
    const request = (authorization?: string) => new Request("http://localhost/api/v1/metrics", { headers: authorization ? { authorization } : {} });
    expect((await metricsRoute(request("Bearer anything"))).status).toBe(404);
    process.env.METRICS_TOKEN = "s3cret-token";
    expect((await metricsRoute(request())).status).toBe(401);
    expect((await metricsRoute(request("Bearer wrong-token!"))).status).toBe(401);
    const ok = await metricsRoute(request("Bearer s3cret-token"));
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toMatch(/text\/plain/);
    const text = await ok.text();
    expect(text).toContain("retain_http_requests_total");
    expect(text).toContain("retain_reviews_total");
  });

  it("compares tokens whole", () => {
    expect(metricsAccess("Bearer abc", "abc")).toBe("allowed");
    expect(metricsAccess("Bearer abcd", "abc")).toBe("refused");
    expect(metricsAccess("abc", "abc")).toBe("refused");
    expect(metricsAccess(null, undefined)).toBe("not-configured");
  });
});
