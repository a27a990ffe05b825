import { expect, test } from "@playwright/test";
import { confirmEmail, signIn, signUp, uniqueEmail } from "./fixtures/accounts";
import { screenshot, screenshotEveryWay } from "./fixtures/phone";

// What an instructor meets around a class: the join code asks before it is replaced, copies with a
// button and comes with a join link (which signs a student up or in, then joins them); a double-
// clicked "New question set" makes one set; a new assignment starts open now and due in a week.

const ZONE = "America/New_York";
test.use({ timezoneId: ZONE });

// The wall clock in ZONE as a datetime-local value, and the calendar day `days` later.
function zoned(date: Date): string {
  const p = Object.fromEntries(new Intl.DateTimeFormat("en-US", { timeZone: ZONE, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }).formatToParts(date).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}
function dayPlus(local: string, days: number): string {
  const d = new Date(`${local.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

test("join code: copy, join link, regenerate asks first; one set per double click; assignment date defaults", async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ timezoneId: ZONE, permissions: ["clipboard-read", "clipboard-write"] });
  const teacher = await context.newPage();
  await signUp(teacher, { name: "Cora Confirm", email: uniqueEmail("confirm-teacher"), password: "correct horse battery", role: "Instructor" });
  await teacher.getByLabel("Class name").fill("Civics period 5");
  await teacher.getByRole("button", { name: "Create class" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Civics period 5" })).toBeVisible();
  const classUrl = teacher.url();
  const code = (await teacher.getByLabel("Join code").innerText()).trim();
  expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);

  // Copy buttons put the code and the link on the clipboard.
  const joining = teacher.getByRole("region", { name: "Joining" });
  await joining.getByRole("button", { name: "Copy code" }).click();
  await expect(joining.getByRole("status").filter({ hasText: "Copied." })).toBeVisible();
  expect(await teacher.evaluate(() => navigator.clipboard.readText())).toBe(code);
  const link = (await teacher.getByLabel("Join link").innerText()).trim();
  expect(link).toMatch(new RegExp(`/join/${code}$`));
  await joining.getByRole("button", { name: "Copy link" }).click();
  expect(await teacher.evaluate(() => navigator.clipboard.readText())).toBe(link);

  // "New question set" double-clicked: one set, opened.
  await teacher.goto("/teach");
  await teacher.getByLabel("Set title").fill("Double-clicked set");
  await teacher.getByRole("button", { name: "New question set" }).dblclick();
  await expect(teacher.getByRole("heading", { level: 1, name: "Double-clicked set" })).toBeVisible();
  await teacher.goto("/teach");
  await expect(teacher.getByRole("link", { name: "Double-clicked set" })).toHaveCount(1);
  await teacher.goto(classUrl);

  // The assignment form starts open now and due a week from today at 23:59, in the browser's zone.
  const before = zoned(new Date());
  await expect(teacher.getByLabel("Opens at")).not.toHaveValue("");
  const opensAt = await teacher.getByLabel("Opens at").inputValue();
  const after = zoned(new Date());
  expect([before, after]).toContain(opensAt);
  expect(await teacher.getByLabel("Due at").inputValue()).toBe(`${dayPlus(opensAt, 7)}T23:59`);

  await screenshotEveryWay(teacher, "class page");

  // Regenerate asks first; Cancel keeps the code.
  await joining.getByRole("button", { name: "Regenerate code" }).click();
  await expect(joining.getByText("The current code and join link stop working")).toBeVisible();
  await screenshot(teacher, "regenerate asks");
  await joining.getByRole("button", { name: "Cancel" }).click();
  await expect(teacher.getByLabel("Join code")).toHaveText(code);
  await joining.getByRole("button", { name: "Regenerate code" }).click();
  await joining.getByRole("button", { name: "Yes, regenerate" }).click();
  await expect(teacher.getByLabel("Join code")).not.toHaveText(code);
  const newCode = (await teacher.getByLabel("Join code").innerText()).trim();
  await expect(teacher.getByLabel("Join link")).toHaveText(new RegExp(`/join/${newCode}$`));

  // A student opens the link signed out: sign-in, then sign-up, keep the way back; after confirming
  // the address and signing in, they land on the join page with the code filled in, and join.
  const studentContext = await browser.newContext({ timezoneId: ZONE });
  const student = await studentContext.newPage();
  await student.goto(new URL(link).pathname.replace(code, newCode));
  await expect(student).toHaveURL(/\/sign-in\?callbackUrl=%2Fjoin%2F/);
  await student.getByRole("link", { name: "Create an account" }).click();
  await expect(student).toHaveURL(/\/sign-up\?callbackUrl=%2Fjoin%2F/);
  const email = uniqueEmail("confirm-student");
  const account = { name: "Jo Linked", email, password: "correct horse battery", role: "Student" as const };
  await student.getByLabel("Name").fill(account.name);
  await student.getByLabel("Email").fill(email);
  await student.getByLabel("Password").fill(account.password);
  await student.getByRole("radio", { name: "Student" }).check();
  await student.getByRole("button", { name: "Create account" }).click();
  const toSignIn = await student.getByRole("link", { name: "Go to sign in" }).getAttribute("href");
  expect(toSignIn).toContain(encodeURIComponent(`/join/${newCode}`));
  await confirmEmail(student, email);
  await signIn(student, account, new RegExp(`/join/${newCode}$`), toSignIn!);
  await expect(student.getByRole("heading", { level: 1, name: "Join a class" })).toBeVisible();
  await expect(student.getByLabel("Class code")).toHaveValue(newCode);
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByRole("heading", { level: 1, name: "Civics period 5" })).toBeVisible();
  // The old code's link joins no one.
  await student.goto(`/join/${code}`);
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByText("No class takes this code.").first()).toBeVisible();

  // An instructor following a join link is told it is for students.
  await teacher.goto(`/join/${newCode}`);
  await expect(teacher.getByText("This link is for students")).toBeVisible();

  await studentContext.close();
  await context.close();
});
