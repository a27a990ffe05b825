import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./fixtures/accounts";
import { screenshot } from "./fixtures/phone";
import { answerInPage, currentQuestion } from "./quiz-fixtures";

// A slow answer says what is happening ("Checking…" with a spinner) at the button's own width, and
// the app has a favicon, an Apple touch icon and a manifest with icons.

test("Check answer says Checking… and keeps its width while the server is slow", async ({ page }) => {
  await signUp(page, { name: "Slow Network", email: uniqueEmail("pending"), password: "correct horse battery", role: "Student" });
  const response = await page.request.post("/api/v1/quiz-attempts", { data: { mode: "practice", sectionIds: ["hsi"], count: 1, types: ["single"] } });
  const { attempt } = (await response.json()) as { attempt: { id: string } };
  await page.goto(`/quiz/${attempt.id}`);
  await answerInPage(page, await currentQuestion(page), true);

  // The server action is a POST to the page's own address: held until the checks below are done (a
  // slow server). A fixed hold of 2.5 s ran out on a busy machine before they were, and the answer
  // came back while the test still looked for "Checking…".
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/quiz/${attempt.id}**`, async (route) => {
    if (route.request().method() === "POST") await held;
    await route.fallback();
  });
  const check = page.getByRole("button", { name: "Check answer" });
  const before = (await check.boundingBox())!;
  await check.click();
  const busy = page.getByRole("button", { name: "Checking…" });
  await expect(busy).toBeVisible();
  await expect(busy).toBeDisabled();
  await expect(busy).toHaveAttribute("aria-busy", "true");
  await expect(busy.locator("svg")).toBeVisible();
  const during = (await busy.boundingBox())!;
  expect(Math.abs(during.width - before.width)).toBeLessThan(1);
  await screenshot(page, "checking pending");
  release();
  await expect(page.getByRole("button", { name: "Finish quiz" })).toBeVisible();
});

test("favicon, Apple touch icon and manifest icons", async ({ page, request }) => {
  await page.goto("/sign-in");
  await expect(page.locator('head link[rel="icon"][href*="icon.svg"]')).toHaveCount(1);
  await expect(page.locator('head link[rel="apple-touch-icon"]')).toHaveCount(1);
  await expect(page.locator('head link[rel="manifest"]')).toHaveCount(1);
  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.ok()).toBe(true);
  const { icons } = (await manifest.json()) as { icons: { src: string; sizes: string }[] };
  expect(icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const src of ["/icon.svg", "/apple-icon.png", ...icons.map((i) => i.src)]) {
    const icon = await request.get(src);
    expect(icon.status(), src).toBe(200);
    expect(icon.headers()["content-type"], src).toMatch(/^image\//);
  }
});
