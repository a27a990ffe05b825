import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn, signUp, uniqueEmail } from "./fixtures/accounts";
import { mailedLink } from "./fixtures/mail";

// Password reset with the mail captured over SMTP (the app sends to the run's SMTP server, see
// e2e/mail-server.ts), the link followed, and the sessions opened before refused afterwards; and
// "sign out everywhere".

// A second browser signed in as the same person (another device).
async function otherDevice(browser: Browser, account: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await signIn(page, account);
  return page;
}

test("a password reset mailed over SMTP sets a new password once and signs every device out", async ({ page, browser }) => {
  const me = { name: "Forget Ful", email: uniqueEmail("reset"), password: "the old password" };
  await signUp(page, { ...me, role: "Student" });
  const phone = await otherDevice(browser, me);

  const visitor = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await visitor.goto("/sign-in");
  await visitor.getByRole("link", { name: "Forgot your password?" }).click();
  // The sign-in page has an Email field too: fill the one on the new page, not the one leaving.
  await expect(visitor.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await visitor.getByLabel("Email").fill(me.email);
  await visitor.getByRole("button", { name: "Send the link" }).click();
  await expect(visitor.getByText("If an account uses that address, we sent it a link")).toBeVisible();

  const link = await mailedLink(me.email, "/reset-password");
  await visitor.goto(link);
  await visitor.getByLabel("New password").fill("a brand new password");
  await visitor.getByRole("button", { name: "Set the new password" }).click();
  await expect(visitor.getByText("Password changed, and every session of your account was signed out.")).toBeVisible();

  // The sessions opened before the reset are refused.
  for (const device of [page, phone]) {
    await device.goto("/account");
    await expect(device).toHaveURL(/\/sign-in/);
  }
  // The link works once.
  await visitor.goto(link);
  await visitor.getByLabel("New password").fill("yet another password");
  await visitor.getByRole("button", { name: "Set the new password" }).click();
  await expect(visitor.getByText("This link is invalid, already used or expired.")).toBeVisible();
  // The old password is gone, the new one signs in.
  await signIn(page, { email: me.email, password: "a brand new password" });
});

test("sign out everywhere ends the sessions on every device", async ({ page, browser }) => {
  const me = { name: "Every Where", email: uniqueEmail("everywhere"), password: "correct horse battery" };
  await signUp(page, { ...me, role: "Student" });
  const laptop = await otherDevice(browser, me);
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/$/);
  for (const device of [page, laptop]) {
    await device.goto("/account");
    await expect(device).toHaveURL(/\/sign-in/);
  }
});
