import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { confirmEmail, signIn, signUpThroughForms, submitSignUp, uniqueEmail } from "./fixtures/accounts";
import { mailedLink, mailsTo } from "./fixtures/mail";

// Email confirmation at sign-up, with the mail captured over SMTP (e2e/mail-server.ts): an
// unconfirmed account cannot sign in, the mailed link confirms it, and a taken address gets the
// same answer as a new one while its owner is told by mail.

test("sign up, sign-in refused until the mailed link confirms the address, then signed in", async ({ page }) => {
  const me = { name: "Con Firm", email: uniqueEmail("confirm"), password: "correct horse battery", role: "Student" as const };
  await submitSignUp(page, me);

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(me.email);
  await page.getByLabel("Password").fill(me.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("sign-in-error")).toHaveText("Confirm your email address first: follow the link in the mail we sent when you signed up.");
  await expect(page).toHaveURL(/\/sign-in/);

  // Ask for a new link from the sign-in page; the first one stops working.
  const first = await mailedLink(me.email, "/verify-email");
  await page.getByRole("link", { name: "Send a new confirmation link" }).click();
  await expect(page.getByRole("heading", { name: "Confirm your email" })).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations, `/verify-email: ${axe.violations.map((v) => v.id).join(", ")}`).toEqual([]);
  await page.getByLabel("Email").fill(me.email);
  await page.getByRole("button", { name: "Send a new link" }).click();
  await expect(page.getByText("If an account with that address waits for confirmation, we sent it a new link.")).toBeVisible();
  const second = await mailedLink(me.email, "/verify-email", 2);
  expect(second).not.toBe(first);
  await page.goto(first);
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByText("This link is invalid, already used or expired.")).toBeVisible();

  await confirmEmail(page, me.email);
  await expect(page.getByText("Your email address is confirmed. Sign in to start.")).toBeVisible();
  await signIn(page, me, /\/dashboard$/, "");
  await expect(page.getByRole("heading", { name: "Welcome, Con Firm" })).toBeVisible();
});

test("a taken email gets the same answer as a new one, and its owner is told by mail", async ({ page, browser }) => {
  const owner = { name: "Own Er", email: uniqueEmail("owner"), password: "correct horse battery", role: "Instructor" as const };
  await signUpThroughForms(page, owner);

  const stranger = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  const answerTo = async (email: string) => {
    await submitSignUp(stranger, { name: "Mallory", email, password: "another long password", role: "Student" });
    return stranger.locator("form").getByRole("status").innerText();
  };
  const taken = await answerTo(owner.email);
  const fresh = await answerTo(uniqueEmail("fresh"));
  expect(taken).toBe(fresh);

  await expect.poll(() => mailsTo(owner.email).filter((m) => m.text.includes("Someone tried to sign up")).length, { timeout: 15_000 }).toBe(1);
  const note = mailsTo(owner.email).find((m) => m.text.includes("Someone tried to sign up"))!.text;
  expect(note).toMatch(/\/sign-in\b/);
  expect(note).toMatch(/\/forgot-password\b/);
  // The owner's account is unchanged: the old password still signs in, as an instructor.
  await page.context().clearCookies();
  await signIn(page, owner, /\/teach$/);
  await expect(page.getByRole("heading", { name: "Teach" })).toBeVisible();
});
