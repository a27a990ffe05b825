import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";

// The request filter in front of every route, against the attack the issue describes: a page on
// another port of the same host posting to the JSON API with the instructor's cookie.

const request = (path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
  new NextRequest(`http://localhost:3000${path}`, { method: init.method ?? "POST", headers: { host: "localhost:3000", ...init.headers }, body: init.body });

describe("proxy: cross-site requests", () => {
  it("refuses JSON sent as text/plain from another port (403, the cross-site origin)", async () => {
    const response = await proxy(request("/api/v1/classes/c1/join-code", { headers: { origin: "http://localhost:8080", "sec-fetch-site": "same-site", "content-type": "text/plain" }, body: '{"enabled":false}' }));
    expect(response.status).toBe(403);
    expect((await response.json()).error).toMatch(/Cross-site request refused/);
  });

  it("refuses text/plain even from this origin (415)", async () => {
    const response = await proxy(request("/api/v1/classes/c1/join-code", { headers: { origin: "http://localhost:3000", "content-type": "text/plain" }, body: '{"enabled":false}' }));
    expect(response.status).toBe(415);
  });

  it("refuses a state-changing request with no Origin and no Sec-Fetch-Site", async () => {
    expect((await proxy(request("/api/v1/account", { method: "DELETE" }))).status).toBe(403);
  });

  it("answers a server action from a foreign origin with 403, not 500", async () => {
    const response = await proxy(request("/account", { headers: { origin: "https://evil.example", "next-action": "abc123", "content-type": "text/plain;charset=UTF-8" }, body: "[]" }));
    expect(response.status).toBe(403);
  });

  it("lets same-origin JSON and all reads through", async () => {
    const ok = await proxy(request("/api/v1/classes/c1/join-code", { headers: { origin: "http://localhost:3000", "sec-fetch-site": "same-origin", "content-type": "application/json" }, body: "{}" }));
    expect(ok.status).toBe(200);
    expect(ok.headers.get("x-middleware-next")).toBe("1");
    expect((await proxy(request("/api/v1/health", { method: "GET", headers: { origin: "https://evil.example" } }))).status).toBe(200);
  });

  it("answers a server-action body over 1 MB with 413 before Next's own limit throws a 500", async () => {
    const body = "x".repeat(1024 * 1024 + 1);
    const response = await proxy(request("/account", { headers: { origin: "http://localhost:3000", "next-action": "abc123", "content-type": "text/plain;charset=UTF-8", "content-length": String(body.length) }, body }));
    expect(response.status).toBe(413);
    expect(await response.text()).toBe("The form sent is too large (limit 1 MB).");
  });

  it("answers a chunked server-action body (no Content-Length) over 1 MB with 413 too, and lets a small one through", async () => {
    const chunked = (bytes: number) => {
      let left = bytes;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (left <= 0) return controller.close();
          const n = Math.min(left, 64 * 1024);
          left -= n;
          controller.enqueue(new Uint8Array(n).fill(120));
        },
      });
      const init: RequestInit & { duplex: "half" } = {
        method: "POST",
        headers: { host: "localhost:3000", origin: "http://localhost:3000", "next-action": "abc123", "content-type": "text/plain;charset=UTF-8", "transfer-encoding": "chunked" },
        body,
        duplex: "half",
      };
      return new NextRequest(new Request("http://localhost:3000/account", init));
    };
    const big = await proxy(chunked(1024 * 1024 + 1));
    expect(big.status).toBe(413);
    expect(await big.text()).toBe("The form sent is too large (limit 1 MB).");
    const small = await proxy(chunked(1024 * 1024));
    expect(small.headers.get("x-middleware-next")).toBe("1");
  });
});
