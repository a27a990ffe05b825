import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./fixtures/accounts";
import { gradeCards, password, reopenOnline, replay, syncStatus } from "./fixtures/offline-review";

// After one visit, the review page opens and works with no network (the service worker keeps the
// page, its scripts and its cards); the reviews made meanwhile reach the server once each.

test("after one visit /review opens with no network: graded offline, reloaded offline, synced once back online", async ({ page, context }) => {
  const email = uniqueEmail("offline-sw");
  await signUp(page, { name: "No Network", email, password, role: "Student" });
  await page.goto("/review");
  await expect(page.getByRole("button", { name: "Show answer" })).toBeFocused();
  // The service worker is in charge and holds a copy of the page.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(async () => (await (await caches.open("review-page")).keys()).length), { timeout: 20_000 }).toBeGreaterThan(0);

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
