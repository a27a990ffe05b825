import { describe, expect, it } from "vitest";
import { refuseCrossSite, type RequestFacts } from "@/lib/domain/request-origin";

const base: RequestFacts = {
  method: "POST",
  pathname: "/api/v1/classes/c1/join-code",
  origin: "http://localhost:3000",
  secFetchSite: "same-origin",
  hosts: ["localhost:3000"],
  contentType: "application/json",
  hasBody: true,
};
const facts = (change: Partial<RequestFacts>) => ({ ...base, ...change });

describe("cross-site requests", () => {
  it("lets same-origin JSON and every read through", () => {
    expect(refuseCrossSite(base)).toBeNull();
    expect(refuseCrossSite(facts({ contentType: "application/json; charset=utf-8" }))).toBeNull();
    expect(refuseCrossSite(facts({ secFetchSite: null }))).toBeNull();
    expect(refuseCrossSite(facts({ origin: null }))).toBeNull();
    expect(refuseCrossSite(facts({ method: "POST", hasBody: false, contentType: null }))).toBeNull();
    expect(refuseCrossSite(facts({ method: "GET", origin: "https://evil.example", secFetchSite: "cross-site", contentType: "text/plain" }))).toBeNull();
  });

  it("refuses a foreign Origin, another port of this host, a null Origin, and neither header at all", () => {
    for (const origin of ["https://evil.example", "http://localhost:3001", "null", "http://localhost:3000.evil.example"]) {
      expect(refuseCrossSite(facts({ origin, secFetchSite: null }))?.status, origin).toBe(403);
    }
    expect(refuseCrossSite(facts({ origin: null, secFetchSite: null }))?.status).toBe(403);
    expect(refuseCrossSite(facts({ method: "DELETE", origin: "http://localhost:3001", hasBody: false, contentType: null }))?.status).toBe(403);
  });

  it("refuses Sec-Fetch-Site other than same-origin, even with a matching Origin", () => {
    for (const site of ["same-site", "cross-site", "none"]) expect(refuseCrossSite(facts({ secFetchSite: site }))?.status).toBe(403);
  });

  it("refuses API bodies that are not JSON (text/plain, forms, none declared)", () => {
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", null]) {
      expect(refuseCrossSite(facts({ contentType }))?.status, String(contentType)).toBe(415);
    }
  });

  it("checks the origin of page POSTs (server actions) too, but not their body type", () => {
    expect(refuseCrossSite(facts({ pathname: "/account", contentType: "multipart/form-data; boundary=x" }))).toBeNull();
    expect(refuseCrossSite(facts({ pathname: "/account", origin: "https://evil.example", secFetchSite: "cross-site" }))?.status).toBe(403);
  });
});
