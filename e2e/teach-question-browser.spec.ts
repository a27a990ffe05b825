import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./fixtures/accounts";
import { screenshotEveryWay } from "./fixtures/phone";

// The question browser: a question unfolds to its options and answer key before it is added;
// several are ticked and added at once; the set preview shows the key on request.

test("an instructor checks a question's key, adds several at once, and previews the set with its answers", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, { name: "Bea Browser", email: uniqueEmail("browser"), password: "correct horse battery", role: "Instructor" });
  const created = await page.request.post("/api/v1/question-sets", { data: { title: "Browsed set" } });
  const setId = ((await created.json()) as { questionSet: { id: string } }).questionSet.id;
  await page.goto(`/teach/sets/${setId}?type=single`);

  // Result items by their prompt (an unfolded key has list items of its own).
  const results = page.getByRole("region", { name: "Add questions from the banks" }).getByRole("listitem");
  const prompt = (await results.nth(0).locator("p").first().innerText()).split("\n")[0]!;
  const secondPrompt = (await results.nth(1).locator("p").first().innerText()).split("\n")[0]!;
  const first = results.filter({ hasText: prompt });
  const second = results.filter({ hasText: secondPrompt });
  await first.getByText("Options and answer").click();
  await expect(first.getByRole("list", { name: "Options" }).getByRole("listitem")).not.toHaveCount(0);
  await expect(first.getByText("(right answer)")).toHaveCount(1);
  await expect(first.getByText(/^Explanation:/)).toBeVisible();
  await screenshotEveryWay(page, "question browser");
  for (const colorScheme of ["light", "dark"] as const) {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme });
    await first.screenshot({ path: test.info().outputPath(`first result phone ${colorScheme}.png`.replace(/ /g, "-")) });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: "light" });

  // Tick two, add them together.
  await first.getByRole("checkbox", { name: /^Select:/ }).check();
  await second.getByRole("checkbox", { name: /^Select:/ }).check();
  await page.getByRole("button", { name: "Add selected" }).click();
  const items = page.getByRole("region", { name: /^Items/ }).getByRole("listitem");
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText(prompt);
  await expect(items.nth(1)).toContainText(secondPrompt);
  await expect(first.getByText("In the set")).toBeVisible();
  await expect(second.getByText("In the set")).toBeVisible();

  // The preview hides the key until asked.
  await page.getByRole("link", { name: "Preview as a student" }).click();
  await expect(page.getByRole("region", { name: "Answer to question 1" })).toHaveCount(0);
  await page.getByRole("link", { name: "Show answers" }).click();
  await expect(page).toHaveURL(/answers=1/);
  await expect(page.getByRole("region", { name: "Answer to question 1" }).getByText("(right answer)")).toHaveCount(1);
  await expect(page.getByRole("region", { name: "Answer to question 2" })).toBeVisible();
  await screenshotEveryWay(page, "set preview with answers");
  await page.getByRole("link", { name: "Hide answers" }).click();
  await expect(page.getByRole("region", { name: "Answer to question 1" })).toHaveCount(0);
});
