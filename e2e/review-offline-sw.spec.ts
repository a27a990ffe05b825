import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { signIn, signUp, uniqueEmail } from "./fixtures/accounts";
import { gradeCards, password, reopenOnline, replay, syncStatus, waitForOfflineCopy } from "./fixtures/offline-review";

// After one visit, the review page opens and works with no network (the service worker keeps the
// page, its scripts and its cards); the reviews made meanwhile reach the server once each.

test("after one visit /review opens with no network: graded offline, reloaded offline, synced once back online", async ({ page, context }) => {
  const email = uniqueEmail("offline-sw");
  await signUp(page, { name: "No Network", email, password, role: "Student" });
  await page.goto("/review");
  await expect(page.getByRole("button", { name: "Show answer" })).toBeFocused();
  await waitForOfflineCopy(page);

  await context.setOffline(true);
  await gradeCards(page, 10);
  await expect(syncStatus(page)).toHaveText("Offline: 10 reviews waiting to sync");
  await page.reload();
  await expect(page.getByRole("button", { name: "Show answer" })).toBeVisible();
  await expect(syncStatus(page)).toHaveText("Offline: 10 reviews waiting to sync");
  await gradeCards(page, 5);
  await expect(syncStatus(page)).toHaveText("Offline: 15 reviews waiting to sync");
  expect(replay(email).logs).toBe(0);

  await reopenOnline(page, context, email, 15);
  const result = replay(email);
  expect(result.distinct).toBe(15);
  expect(result.mismatches).toEqual([]);
});

// The offline copy is the learner's own: their name, cards and memory states. Signing out must not
// leave it for the next person on the same browser, who would otherwise open it with no network.

const queueCopies = (page: Page) => page.evaluate(async () => (await (await caches.open("review-queue")).keys()).length);

// A new learner opens /review until the browser holds copies of the page and of the queue, and the
// page is shown to open from them with no network.
async function reviewWithOfflineCopies(page: Page, context: BrowserContext, name: string, email: string) {
  await signUp(page, { name, email, password, role: "Student" });
  await page.goto("/review");
  await expect(page.getByRole("button", { name: "Show answer" })).toBeFocused();
  await waitForOfflineCopy(page);
  await page.evaluate(() => fetch("/api/v1/review/queue?limit=5"));
  await expect.poll(() => queueCopies(page)).toBeGreaterThan(0);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("button", { name: "Show answer" })).toBeVisible();
  await context.setOffline(false);
}

// The next person, offline, gets no page of the learner's: neither the cards nor the name.
async function expectNothingOffline(page: Page, context: BrowserContext, name: string) {
  await context.setOffline(true);
  await page.goto("/review").catch(() => undefined);
  await expect(page.getByRole("button", { name: "Show answer" })).toHaveCount(0);
  await expect(page.getByText(name)).toHaveCount(0);
}

const signOuts: { how: string; signOut: (page: Page) => Promise<void> }[] = [
  { how: "Sign out", signOut: (page) => page.getByRole("button", { name: "Sign out", exact: true }).click() },
  {
    how: "Sign out everywhere",
    signOut: async (page) => {
      await page.goto("/account");
      await page.getByRole("button", { name: "Sign out everywhere" }).click();
    },
  },
];

for (const { how, signOut } of signOuts) {
  test(`"${how}" takes the offline copy of /review with it`, async ({ page, context }) => {
    const name = "Shared Computer";
    await reviewWithOfflineCopies(page, context, name, uniqueEmail("offline-sign-out"));

    await signOut(page);
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
    // Neither the page's copy nor its cards' (the queue) is kept.
    expect((await page.evaluate(() => caches.keys())).filter((cache) => cache.startsWith("review-"))).toEqual([]);
    await expectNothingOffline(page, context, name);
  });
}

// A session ended from another device: this browser learns it at its next request to the server,
// and the learner's copies go then.
test("after a sign-out from another device, the next visit to /review goes to sign-in and takes the offline copies with it", async ({ page, context, browser }) => {
  const email = uniqueEmail("offline-elsewhere");
  const name = "Left Signed In";
  await reviewWithOfflineCopies(page, context, name, email);

  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await signIn(other, { email, password });
  await other.goto("/account");
  await other.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(other).toHaveURL(/\/$/);
  await elsewhere.close();

  await page.goto("/review");
  await expect(page).toHaveURL(/\/sign-in/);
  // The queue's copy (the learner's cards) went with the page's, though only the page was asked for.
  expect(await queueCopies(page)).toBe(0);
  await expectNothingOffline(page, context, name);
});
