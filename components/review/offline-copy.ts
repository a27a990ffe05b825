// Asks the service worker (service-worker/sw.ts) to fetch and keep a fresh copy of this page, so a
// visit with no network opens it with the cards the server last had; done after each sync, at most
// every few seconds. Signing out deletes the copies.

import { LEARNER_CACHES } from "@/service-worker/learner-caches";

const EVERY_MS = 3000;
let timer: ReturnType<typeof setTimeout> | null = null;

// Keeps a fresh offline copy of the current page (a no-op without a service worker or network).
export function keepOfflineCopy(): void {
  if (typeof navigator === "undefined" || !("serviceWorker" in navigator) || !navigator.onLine || timer) return;
  timer = setTimeout(() => {
    timer = null;
    const url = location.pathname + location.search;
    void navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage({ type: "CACHE_URLS", payload: { urlsToCache: [url] } }));
  }, EVERY_MS);
}

// Deletes this browser's offline copies of the learner's review page and queue (when they sign out).
// A copy asked for and not yet fetched is called off first, so none is made after.
export async function forgetOfflineCopies(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = null;
  if (typeof caches === "undefined") return;
  await Promise.all(LEARNER_CACHES.map((name) => caches.delete(name).catch(() => false)));
}
