import { expect, test, type Browser, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./fixtures/accounts";
import { expectNoAxeViolations } from "./quiz-fixtures";

// The class audit log as the instructor meets it: a student joins, the instructor removes them,
// and both show on the class's audit log with who did it, newest first, readable on a phone.

async function newUser(browser: Browser, role: "Student" | "Instructor", name: string): Promise<Page> {
  const context = await browser.newContext({ timezoneId: "Europe/Paris" });
  const page = await context.newPage();
  await signUp(page, { name, email: uniqueEmail(role.toLowerCase()), password: "correct horse battery", role });
  return page;
}

test("the instructor sees a student's joining and removal on the class's audit log", async ({ browser }) => {
  test.setTimeout(120_000);
  const teacher = await newUser(browser, "Instructor", "Audrey Teacher");
  await teacher.goto("/teach");
  await teacher.getByLabel("Class name").fill("Audited class");
  await teacher.getByRole("button", { name: "Create class" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Audited class" })).toBeVisible();
  const code = (await teacher.getByLabel("Join code").innerText()).trim();
  const classUrl = teacher.url();

  const student = await newUser(browser, "Student", "Stan Student");
  await student.goto("/classes");
  await student.getByLabel("Class code").fill(code);
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByRole("heading", { level: 1, name: "Audited class" })).toBeVisible();

  await teacher.goto(classUrl);
  await teacher.getByText("Remove…").click();
  await teacher.getByRole("button", { name: "Confirm: remove Stan Student" }).click();
  await expect(teacher.getByRole("button", { name: /Restore/ })).toBeVisible();

  await teacher.getByRole("link", { name: "Audit log" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  const events = teacher.getByRole("list", { name: "Audit events" }).getByRole("listitem");
  await expect(events).toHaveCount(2);
  await expect(events.nth(0)).toContainText("Audrey Teacher removed the student “Stan Student”");
  await expect(events.nth(1)).toContainText("Stan Student joined the class with its code");
  await expectNoAxeViolations(teacher, "audit log");

  // Readable on a phone and on a desktop (screenshots kept with the test's output).
  for (const [name, size] of [["phone", { width: 390, height: 844 }], ["desktop", { width: 1280, height: 800 }]] as const) {
    await teacher.setViewportSize(size);
    const scrollWidth = await teacher.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(size.width);
    await teacher.screenshot({ path: test.info().outputPath(`audit-log-${name}.png`), fullPage: true });
  }

  // The student, removed, cannot read it.
  const response = await student.goto(`${classUrl}/audit`);
  expect(response?.status()).toBe(403);
});
