import { expect, test, type Page, type Request } from "@playwright/test";
import { createConfirmedAccount, signIn, signUp, uniqueEmail } from "./fixtures/accounts";

// Signing in through the form records the browser's time zone. Otherwise (here: signed in through
// next-auth's endpoint, as GitHub or an API client would), a learner's first visit to /review
// records it. When that zone is the one the page was drawn for (the default, UTC), the cards show at
// once and the page is not drawn a second time; in another zone the page's data is reloaded for the
// learner's own study day first.

// The page's own data fetched again by the router (a refresh), not a link's prefetch.
const isRefreshOfReview = (request: Request) => {
  const url = new URL(request.url());
  return url.pathname === "/review" && request.headers()["rsc"] === "1" && request.headers()["next-router-prefetch"] === undefined;
};

async function openReview(page: Page): Promise<Request[]> {
  const refreshes: Request[] = [];
  page.on("request", (request) => {
    if (isRefreshOfReview(request)) refreshes.push(request);
  });
  await page.goto("/review");
  await expect(page.getByRole("button", { name: "Show answer" })).toBeVisible();
  return refreshes;
}

test.describe("in the default zone", () => {
  test.use({ timezoneId: "UTC" });

  test("the first visit shows the cards without drawing the page twice, and saves the zone", async ({ page }) => {
    await signUp(page, { name: "First Visit", email: uniqueEmail("first-visit-utc"), password: "correct horse battery", role: "Student" });
    const saved = page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/review");
    const refreshes = await openReview(page);
    await saved;
    // Settings now exist: a second visit has nothing to adopt (no server action posted).
    const posts: Request[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST" && new URL(request.url()).pathname === "/review") posts.push(request);
    });
    await openReview(page);
    await page.waitForLoadState("networkidle");
    expect(refreshes).toHaveLength(0);
    expect(posts).toHaveLength(0);
  });
});

test.describe("in Tokyo", () => {
  test.use({ timezoneId: "Asia/Tokyo" });

  test("the first visit reloads the page's data for the learner's zone before showing a card", async ({ page }) => {
    await signUp(page, { name: "First Visit", email: uniqueEmail("first-visit-tokyo"), password: "correct horse battery", role: "Student" });
    const refreshes = await openReview(page);
    expect(refreshes.length).toBeGreaterThan(0);
    await page.goto("/progress");
    await expect(page.getByText("Days are study days in Asia/Tokyo")).toBeVisible();
  });

  test("signed in through the form, study days follow the learner's zone from the first page, and /review shows a card without reloading", async ({ page }) => {
    const user = { name: "Zone At Sign-in", email: uniqueEmail("zone-at-sign-in"), password: "correct horse battery", role: "Student" as const };
    createConfirmedAccount(user);
    await signIn(page, user);
    await page.goto("/progress");
    await expect(page.getByText("Days are study days in Asia/Tokyo")).toBeVisible();
    const refreshes = await openReview(page);
    await expect(page.getByText("Setting your study day to your time zone")).toHaveCount(0);
    expect(refreshes).toHaveLength(0);
  });
});
