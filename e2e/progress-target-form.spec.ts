import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./fixtures/accounts";

// The study-target form on /progress is folded under "Add a target of your own" and drawn when first
// opened; opened, it adds a target, and what was ticked survives folding it again.

test("a learner opens the folded form on /progress and adds a study target of their own", async ({ page }) => {
  await signUp(page, { name: "Own Target", email: uniqueEmail("own-target"), password: "correct horse battery", role: "Student" });
  await page.goto("/progress");
  const summary = page.getByText("Add a target of your own");

  await summary.click();
  const sections = page.getByRole("group", { name: "Sections to remember" });
  const first = sections.getByRole("checkbox").first();
  await first.check();
  // Folded and opened again, the form keeps what was ticked.
  await summary.click();
  await expect(sections).toBeHidden();
  await summary.click();
  await expect(first).toBeChecked();

  const date = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await page.getByRole("textbox", { name: "Date", exact: true }).fill(date);
  await page.getByRole("button", { name: "Add target" }).click();
  await expect(page.getByText("Target added: your review queue now works toward it.")).toBeVisible();
  await expect(page.getByText(/^My target: \d+ cards/)).toBeVisible();
});
