import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { forgetOfflineCopies, keepOfflineCopy } from "./offline-copy";

// The browser's side of the offline copies, with the service worker and the Cache API stood in for.
describe("offline copies of the review page", () => {
  let cacheNames: Set<string>;
  let asked: string[];

  beforeEach(() => {
    vi.useFakeTimers();
    cacheNames = new Set(["review-page", "review-queue", "serwist-precache-v2", "next-static"]);
    asked = [];
    const worker = { postMessage: (message: { payload: { urlsToCache: string[] } }) => asked.push(...message.payload.urlsToCache) };
    vi.stubGlobal("navigator", { onLine: true, serviceWorker: { ready: Promise.resolve({ active: worker }) } });
    vi.stubGlobal("location", { pathname: "/review", search: "" });
    vi.stubGlobal("caches", { delete: async (name: string) => cacheNames.delete(name) });
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("asks the service worker for a fresh copy a few seconds after a sync", async () => {
    keepOfflineCopy();
    await vi.advanceTimersByTimeAsync(3000);
    expect(asked).toEqual(["/review"]);
  });

  it("on signing out deletes the learner's page and queue and keeps the build's files", async () => {
    await forgetOfflineCopies();
    expect([...cacheNames]).toEqual(["serwist-precache-v2", "next-static"]);
  });

  it("calls off a copy asked for and not yet made, so none is made after signing out", async () => {
    keepOfflineCopy();
    await forgetOfflineCopies();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(asked).toEqual([]);
  });

  it("does nothing where the browser has no Cache API", async () => {
    vi.stubGlobal("caches", undefined);
    await expect(forgetOfflineCopies()).resolves.toBeUndefined();
  });
});
