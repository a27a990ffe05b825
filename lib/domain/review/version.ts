// Optimistic concurrency for reviews. Each card row carries a version that every write (review,
// undo, suspend, reset) increments. The reviewer sends the version of the card it showed; if the
// card changed since (another tab answered it, an undo ran), answering would grade a state the
// learner never saw, so the caller refuses with 409 and the client reloads the card.

export type VersionCheck = { status: "ok"; nextVersion: number } | { status: "stale"; storedVersion: number };

// Compares the version the review was shown with the stored one; no expected version means no check.
export function checkCardVersion(expectedVersion: number | undefined, storedVersion: number): VersionCheck {
  // Optional in the request so older clients keep working; retries are caught by reviewId instead.
  if (expectedVersion !== undefined && expectedVersion !== storedVersion) return { status: "stale", storedVersion };
  return { status: "ok", nextVersion: storedVersion + 1 };
}
