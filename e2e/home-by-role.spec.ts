import { expect, test } from "@playwright/test";
import { demoInstructor, demoStudent, signIn } from "./fixtures/accounts";
import { expectNoAxeViolations } from "./quiz-fixtures";

// Sign-in takes each user home: instructors to their teaching area (with a "Teach" link in the
// header), learners to their dashboard (no "Teach" link). A page to return to still wins.

test("an instructor signs in to /teach and has a Teach link", async ({ page }) => {
  await signIn(page, demoInstructor, /\/teach$/);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Teach" })).toHaveAttribute("href", "/teach");
  // Right after sign-in the router may still be settling the redirect home; a click it drops is
  // clicked again, as a person would.
  await expect(async () => {
    await nav.getByRole("link", { name: "Classes" }).click();
    await expect(page).toHaveURL(/\/classes$/, { timeout: 3000 });
  }).toPass({ timeout: 15_000 });
  await nav.getByRole("link", { name: "Teach" }).click();
  await expect(page).toHaveURL(/\/teach$/);
  await expectNoAxeViolations(page, "/teach after sign-in");
});

test("a learner signs in to /dashboard and has no Teach link", async ({ page }) => {
  await signIn(page, demoStudent, /\/dashboard$/);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Teach" })).toHaveCount(0);
});

test("a page to return to wins over the instructor's home", async ({ page }) => {
  await page.goto("/progress");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await signIn(page, demoInstructor, /\/progress$/, "");
});
