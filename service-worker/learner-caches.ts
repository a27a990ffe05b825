// The caches of the service worker (sw.ts) that hold one learner's own data for a visit with no
// network: the review page as the server drew it for them (their name, cards and memory states) and
// their review queue. Signing out deletes them (components/review/offline-copy.ts), so the next
// person on the browser cannot open them offline.
export const REVIEW_PAGE_CACHE = "review-page";
export const REVIEW_QUEUE_CACHE = "review-queue";
export const LEARNER_CACHES = [REVIEW_PAGE_CACHE, REVIEW_QUEUE_CACHE] as const;
