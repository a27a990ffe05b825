import { CacheFirst, NetworkFirst, Serwist, type PrecacheEntry, type SerwistPlugin } from "serwist";
import { LEARNER_CACHES, REVIEW_PAGE_CACHE, REVIEW_QUEUE_CACHE } from "./learner-caches";

// The service worker (bundled by app/serwist/[path]/route.ts): after one visit, /review opens and
// works with no network. The build's static files are precached; the review page and its queue are
// fetched from the network first and answered from the cache when it cannot be reached (the page
// then grades its prefetched cards, and the outbox keeps the reviews until the connection is back).

declare const self: { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

const REVIEW_PAGE = /^\/review\/?$/;

// Signing out on this browser deletes the learner's copies (components/review/offline-copy.ts). A
// session ended elsewhere (another device's "Sign out everywhere", a new password, expiry) is learnt
// here at the next answer from the server: the page redirects to sign-in, the queue answers 401.
// Both copies go then, not only the one that was asked for.
const dropCopiesWhenSignedOut: SerwistPlugin = {
  async fetchDidSucceed({ response }) {
    if (response.type === "opaqueredirect" || response.redirected || response.status === 401) await Promise.all(LEARNER_CACHES.map((name) => caches.delete(name)));
    return response;
  },
};

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      // The page itself (a navigation, or the page asking to keep a fresh copy), not its RSC payload.
      matcher: ({ request, url, sameOrigin }) => sameOrigin && request.method === "GET" && REVIEW_PAGE.test(url.pathname) && !url.searchParams.has("_rsc") && request.headers.get("RSC") !== "1",
      handler: new NetworkFirst({ cacheName: REVIEW_PAGE_CACHE, networkTimeoutSeconds: 5, plugins: [dropCopiesWhenSignedOut] }),
    },
    {
      matcher: ({ request, url, sameOrigin }) => sameOrigin && request.method === "GET" && url.pathname === "/api/v1/review/queue",
      handler: new NetworkFirst({ cacheName: REVIEW_QUEUE_CACHE, networkTimeoutSeconds: 5, plugins: [dropCopiesWhenSignedOut] }),
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({ cacheName: "next-static" }),
    },
  ],
});

serwist.addEventListeners();
