import fs from "node:fs/promises";
import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { checkInboxText, demoStudent, signIn, signUpThroughForms, studentState, uniqueEmail } from "./fixtures/accounts";
import { runDbScript } from "./fixtures/database";

test.describe("accounts", () => {
  test("sign up as a student, sign out, sign back in", async ({ page }) => {
    const email = uniqueEmail("student");
    await signUpThroughForms(page, { name: "Stu Dent", email, password: "correct horse battery", role: "Student" });
    await expect(page.getByRole("heading", { name: "Welcome, Stu Dent" })).toBeVisible();
    // Sign out is in view without opening the account menu, which holds settings and the data page.
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await page.getByText("Stu Dent").first().click();
    await expect(page.getByRole("link", { name: "Account and data" })).toBeVisible();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
    await signIn(page, { email: email.toUpperCase(), password: "correct horse battery" });
  });

  test("sign up as an instructor reaches the instructor page", async ({ page }) => {
    await signUpThroughForms(page, { name: "Ina Structor", email: uniqueEmail("instructor"), password: "correct horse battery", role: "Instructor" });
    await page.goto("/teach");
    await expect(page.getByRole("heading", { name: "Teach" })).toBeVisible();
  });

  test("a short password gets a clear message; a taken email is not told apart from a new one", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Someone");
    await page.getByLabel("Email").fill(demoStudent.email);
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Use at least 10 characters for your password.")).toBeVisible();
    await page.getByLabel("Password").fill("long enough password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText(checkInboxText)).toBeVisible();
  });

  test("a wrong password shows the message", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(demoStudent.email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("sign-in-error")).toHaveText("Wrong email or password.");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("wrong passwords slow the account down with a clear message, the right password too", async ({ page }) => {
    const email = uniqueEmail("slowed");
    await signUpThroughForms(page, { name: "Slow Ed", email, password: "correct horse battery", role: "Student" });
    await page.context().clearCookies();
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    // Five wrong passwords are free; then each further attempt waits for a delay that doubles.
    for (let i = 0; i < 5; i++) {
      await page.getByLabel("Password").fill(`wrong password ${i}`);
      await Promise.all([page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials")), page.getByRole("button", { name: "Sign in" }).click()]);
      await expect(page.getByTestId("sign-in-error")).toHaveText("Wrong email or password.");
    }
    // The first delay is two seconds, which a slow machine can spend between two clicks: ten more
    // failures make the wait minutes long, so the refusal below does not race the clock.
    expect(runDbScript<{ written: number }>("e2e/fixtures/more-sign-in-failures.ts", [email, "10"]).written).toBeGreaterThanOrEqual(10);
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("sign-in-error")).toHaveText("Too many failed sign-ins. Wait a few minutes and try again.");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("a signed-out visit to a protected page lands on sign-in and returns after it", async ({ page }) => {
    await page.goto("/progress?from=test");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fprogress%3Ffrom%3Dtest/);
    await signIn(page, demoStudent, /\/progress\?from=test$/, "");
  });

  test("a learner downloads everything held on them, then deletes the account for good", async ({ page }) => {
    const me = { name: "Leaving Learner", email: uniqueEmail("leaving"), password: "a long enough password", role: "Student" as const };
    await signUpThroughForms(page, me);
    await page.goto("/account");
    await expect(page.getByRole("heading", { name: "Account and data" })).toBeVisible();
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations, `/account: ${axe.violations.map((v) => v.id).join(", ")}`).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download my data (JSON)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^retain-export-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await fs.readFile((await download.path())!, "utf8")) as { user: { email: string; name: string } };
    expect(exported.user).toMatchObject({ email: me.email, name: me.name });

    // A wrong confirmation deletes nothing and says what to type.
    await page.getByLabel('Type "delete my account" to confirm').fill("delete it");
    await page.getByRole("button", { name: "Delete my account" }).click();
    await expect(page.getByText('Type "delete my account" to confirm.')).toBeVisible();
    // The password is asked again: a wrong one deletes nothing either.
    await page.getByLabel('Type "delete my account" to confirm').fill("delete my account");
    await page.getByLabel("Your password", { exact: true }).fill("not my password");
    await page.getByRole("button", { name: "Delete my account" }).click();
    await expect(page.getByText("That is not your current password.")).toBeVisible();
    await page.getByLabel('Type "delete my account" to confirm').fill("delete my account");
    await page.getByLabel("Your password", { exact: true }).fill(me.password);
    await page.getByRole("button", { name: "Delete my account" }).click();
    await expect(page).toHaveURL(/\/$/);

    // Gone: the same email and password no longer sign in.
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(me.email);
    await page.getByLabel("Password").fill(me.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("sign-in-error")).toHaveText("Wrong email or password.");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("landing and sign-in pages have no axe violations", async ({ page }) => {
    for (const path of ["/", "/sign-in", "/sign-up"]) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations, `${path}: ${results.violations.map((v) => v.id).join(", ")}`).toEqual([]);
    }
  });
});

test.describe("as a student", () => {
  test.use({ storageState: studentState });

  test("opening an instructor page is refused", async ({ page }) => {
    const response = await page.goto("/teach");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("sign-in posts the password in the body, signs in and returns to the page asked for; a wrong password says so", async ({ page }) => {
    await page.goto("/sign-in?callbackUrl=%2Fprogress");
    await page.getByLabel("Email").fill(demoStudent.email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/sign-in\?.*error=CredentialsSignin/);
    expect(page.url()).not.toContain("password");
    await expect(page.getByTestId("sign-in-error")).toHaveText("Wrong email or password.");

    await page.goto("/sign-in?callbackUrl=%2Fprogress");
    await page.getByLabel("Email").fill(demoStudent.email);
    await page.getByLabel("Password").fill(demoStudent.password);
    const posted = page.waitForRequest((r) => r.url().includes("/api/auth/callback/credentials"));
    await page.getByRole("button", { name: "Sign in" }).click();
    const request = await posted;
    expect(request.method()).toBe("POST");
    expect(request.url()).not.toContain("password");
    await expect(page).toHaveURL(/\/progress$/);
  });
});
