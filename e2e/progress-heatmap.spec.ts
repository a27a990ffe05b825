import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./fixtures/accounts";

// The heatmap on /progress is drawn on the server as one path per shade; tapping a day's square
// names its figures below the picture.

test("tapping today's square on the heatmap names its reviews; the arrow keys move from day to day", async ({ page }) => {
  await signUp(page, { name: "Heat Map", email: uniqueEmail("heatmap"), password: "correct horse battery", role: "Student" });
  await page.goto("/review");
  await page.getByRole("button", { name: "Show answer" }).click();
  // The review reaches the server (the outbox sends it in the background) before leaving the page.
  const synced = page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/api/v1/reviews/batch" && response.ok());
  await page.getByRole("button", { name: /^Easy/ }).click();
  await synced;

  await page.goto("/progress");
  const day = page.getByTestId("heatmap-day");
  await expect(day).toHaveText("Tap a day, or use the arrow keys, to see its reviews.");
  const picture = page.locator('svg[aria-label^="Reviews per day over the last year: 1 review on 1 day"]');
  const box = (await picture.boundingBox())!;
  // Today is in the last column (the box opens at its right end), in its weekday's row: the squares
  // above it are earlier days of this week, with no reviews.
  let today = "";
  for (let row = 0; row < 7 && !today; row++) {
    await picture.click({ position: { x: box.width - 8, y: 19 + 13 * row } });
    const text = (await day.textContent()) ?? "";
    if (text.endsWith(": 1 review")) today = text;
    else expect(text).toMatch(/^\d{4}-\d{2}-\d{2}: 0 reviews$/);
  }
  expect(today).toMatch(/^\d{4}-\d{2}-\d{2}: 1 review$/);

  // From the keyboard: left goes a week back, End comes back to today.
  const group = page.getByRole("group", { name: /Reviews per day/ });
  await group.press("ArrowLeft");
  const weekBefore = new Date(Date.parse(`${today.slice(0, 10)}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10);
  await expect(day).toHaveText(`${weekBefore}: 0 reviews`);
  await expect(page.getByTestId("heatmap-mark")).toBeVisible();
  await group.press("End");
  await expect(day).toHaveText(today);
});
