import { CacheFirst, NetworkFirst, Serwist, type PrecacheEntry } from "serwist";
import { REVIEW_PAGE_CACHE, REVIEW_QUEUE_CACHE } from "./learner-caches";

// The service worker (bundled by app/serwist/[path]/route.ts): after one visit, /review opens and
// works with no network. The build's static files are precached; the review page and its queue are
// fetched from the network first and answered from the cache when it cannot be reached (the page
// then grades its prefetched cards, and the outbox keeps the reviews until the connection is back).

declare const self: { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

const REVIEW_PAGE = /^\/review\/?$/;
const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      // The page itself (a navigation, or the page asking to keep a fresh copy), not its RSC payload.
      matcher: ({ request, url, sameOrigin }) => sameOrigin && request.method === "GET" && REVIEW_PAGE.test(url.pathname) && !url.searchParams.has("_rsc") && request.headers.get("RSC") !== "1",
      handler: new NetworkFirst({ cacheName: REVIEW_PAGE_CACHE, networkTimeoutSeconds: 5 }),
    },
    {
      matcher: ({ request, url, sameOrigin }) => sameOrigin && request.method === "GET" && url.pathname === "/api/v1/review/queue",
      handler: new NetworkFirst({ cacheName: REVIEW_QUEUE_CACHE, networkTimeoutSeconds: 5 }),
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({ cacheName: "next-static" }),
    },
  ],
});

serwist.addEventListeners();
