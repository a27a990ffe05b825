import { expect, test, type Browser } from "@playwright/test";
import { signUp, uniqueEmail } from "./fixtures/accounts";
import { gradeCards, password, reopenOnline, replay, syncStatus } from "./fixtures/offline-review";

// Review that keeps working offline: grades are made in the browser, kept in IndexedDB and sent when
// the connection is back, each once; the server's cards equal a replay of their logs.

// A second browser signed in to the same account.
async function signedIn(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await page.request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" }, maxRedirects: 0 });
  return { context, page };
}

test("reviews graded offline wait in the browser, survive closing the tab, and reach the server once each", async ({ page, context }) => {
  const email = uniqueEmail("offline");
  await signUp(page, { name: "Offline Reviewer", email, password, role: "Student" });
  await page.goto("/review");
  await expect(page.getByRole("button", { name: "Show answer" })).toBeFocused();

  await context.setOffline(true);
  await gradeCards(page, 10);
  await expect(syncStatus(page)).toHaveText("Offline: 10 reviews waiting to sync");
  // Undo works on a review still waiting: the count goes down and the card is back.
  await page.keyboard.press("u");
  await expect(page.getByRole("status").filter({ hasText: "Review undone" })).toBeVisible();
  await expect(syncStatus(page)).toHaveText("Offline: 9 reviews waiting to sync");
  await gradeCards(page, 1);
  await expect(syncStatus(page)).toHaveText("Offline: 10 reviews waiting to sync");
  expect(replay(email).logs).toBe(0);

  // Close the tab while offline; back online, a new tab sends what waited.
  const again = await reopenOnline(page, context, email, 10);

  // Five more, online.
  await gradeCards(again, 5);
  await expect.poll(() => replay(email).logs).toBe(15);
  await expect(syncStatus(again)).toBeHidden();
  const result = replay(email);
  expect(result.distinct).toBe(15);
  expect(result.mismatches).toEqual([]);
});

test("two browsers review the same cards offline: after both sync every review is kept and the cards equal their replay", async ({ page, browser }) => {
  const email = uniqueEmail("offline-two");
  await signUp(page, { name: "Two Devices", email, password, role: "Student" });
  const other = await signedIn(browser, email);
  await page.goto("/review");
  await other.page.goto("/review");
  await expect(page.getByRole("button", { name: "Show answer" })).toBeVisible();
  await expect(other.page.getByRole("button", { name: "Show answer" })).toBeVisible();

  await page.context().setOffline(true);
  await other.context.setOffline(true);
  await gradeCards(page, 3, ["3", "4", "2"]);
  await gradeCards(other.page, 3, ["4", "1", "3"]);
  await expect(syncStatus(page)).toHaveText("Offline: 3 reviews waiting to sync");
  await expect(syncStatus(other.page)).toHaveText("Offline: 3 reviews waiting to sync");

  await other.context.setOffline(false);
  await expect(syncStatus(other.page)).toBeHidden();
  await page.context().setOffline(false);
  await expect(syncStatus(page)).toBeHidden();
  await expect.poll(() => replay(email).logs).toBe(6);
  const result = replay(email);
  expect(result.distinct).toBe(6);
  expect(result.mismatches).toEqual([]);
  // Each of the three cards holds both browsers' reviews.
  expect(Object.values(result.cards).map((c) => c.reps)).toEqual([2, 2, 2]);
  await other.context.close();
});
