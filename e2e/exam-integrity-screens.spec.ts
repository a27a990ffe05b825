import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./fixtures/accounts";
import { desktop, expectNoSidewaysScroll, phone, screenshot } from "./fixtures/phone";
import { answerInPage, createAttemptViaApi, currentQuestion, expectNoAxeViolations } from "./quiz-fixtures";

// The screens exam integrity added, at desktop size and on a 390×844 phone, light and dark: the
// finish summary of an exam, and the instructor's confirmation before removing a student (with the
// removed student's Restore). Each is checked with axe, for overflow and for tap-target size, and
// saved as a screenshot under test-results/ to look at.

const sizes = [desktop, phone] as const;

async function check(page: Page, what: string) {
  await expectNoAxeViolations(page, what);
  await expectNoSidewaysScroll(page, what);
  await screenshot(page, what);
}

async function expectTapTarget(page: Page, name: string | RegExp, role: "button" | "link" = "button") {
  const box = await page.getByRole(role, { name }).first().boundingBox();
  expect(box && box.height >= 44 && box.width >= 44, `${String(name)} is at least 44×44`).toBe(true);
}

for (const size of sizes) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`exam finish summary and roster removal (${size.name}, ${colorScheme})`, async ({ page, browser }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme });
      await signUp(page, { name: "Summary Student", email: uniqueEmail("screens"), password: "correct horse battery", role: "Student" });
      const attempt = await createAttemptViaApi(page, { mode: "exam", sectionIds: ["hsi"], count: 3, types: ["truefalse", "single"] });
      await page.goto(`/quiz/${attempt.id}`);
      await answerInPage(page, await currentQuestion(page), true);
      await page.getByRole("button", { name: "Finish quiz" }).click();
      await expect(page.getByRole("heading", { name: "2 of 3 questions unanswered" })).toBeFocused();
      await expectTapTarget(page, "Finish anyway");
      await check(page, `finish summary ${size.name} ${colorScheme}`);

      const teacherContext = await browser.newContext({ viewport: { width: size.width, height: size.height }, colorScheme });
      const teacher = await teacherContext.newPage();
      await signUp(teacher, { name: "Roster Teacher", email: uniqueEmail("screens-teacher"), password: "correct horse battery", role: "Instructor" });
      const klass = (await (await teacher.request.post("/api/v1/classes", { data: { name: "Screens class" } })).json()).class as { id: string; joinCode: string };
      expect((await page.request.post("/api/v1/classes/join", { data: { code: klass.joinCode } })).status()).toBe(200);
      await teacher.goto(`/teach/classes/${klass.id}`);
      await teacher.getByText("Remove…").click();
      await expect(teacher.getByText(/will lose access to this class/)).toBeVisible();
      await expectTapTarget(teacher, "Confirm: remove Summary Student");
      await check(teacher, `roster remove confirmation ${size.name} ${colorScheme}`);
      await teacher.getByRole("button", { name: "Confirm: remove Summary Student" }).click();
      await expect(teacher.getByRole("heading", { name: "Removed students (1)" })).toBeVisible();
      await expectTapTarget(teacher, "Restore Summary Student");
      await check(teacher, `roster removed ${size.name} ${colorScheme}`);
      await teacherContext.close();
    });
  }
}
