import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./fixtures/accounts";
import { answerInPage, createAttemptViaApi, currentQuestion, expectNoAxeViolations } from "./quiz-fixtures";

// Ordering and matching from the keyboard, the history with mastery, and "Retry my mistakes".

test.beforeEach(async ({ page }) => {
  await signUp(page, { name: "Historian", email: uniqueEmail("history"), password: "correct horse battery", role: "Student" });
});

test("ordering and matching questions, then history, mastery and retrying the mistake", async ({ page }) => {
  const attempt = await createAttemptViaApi(page, { mode: "practice", sectionIds: ["hsi"], count: 2, types: ["ordering", "matching"] });
  await page.goto(`/quiz/${attempt.id}`);

  const first = await currentQuestion(page);
  await answerInPage(page, first, true);
  await expectNoAxeViolations(page, `${first.type} question`);
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Correct/ })).toHaveCount(1);
  await page.getByRole("button", { name: "Next question" }).click();

  await expect(page.getByRole("heading", { name: "Question 2 of 2" })).toBeVisible();
  const second = await currentQuestion(page);
  await answerInPage(page, second, false);
  await expectNoAxeViolations(page, `${second.type} question`);
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Incorrect/ })).toHaveCount(1);
  await page.getByRole("button", { name: "Finish quiz" }).click();
  await expect(page.getByText("Score: 1 / 2")).toBeVisible();

  await page.goto("/history");
  await expect(page.getByRole("heading", { name: "Quiz history", level: 1 })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Practice" })).toContainText("1 / 2 (50%)");
  await expect(page.getByRole("listitem").filter({ hasText: "Homeland Security Investigations (HSI)" })).toContainText(/1 of \d+ \(\d+(\.\d)?%\)/);
  await expectNoAxeViolations(page, "/history");

  await page.getByRole("button", { name: "Retry my mistakes" }).click();
  await expect(page.getByRole("heading", { name: "Question 1 of 1" })).toBeVisible();
  expect((await currentQuestion(page)).id).toBe(second.id);
});

test("ordering from the keyboard: move buttons keep focus and announce the new position", async ({ page }) => {
  const attempt = await createAttemptViaApi(page, { mode: "practice", sectionIds: ["hsi"], count: 1, types: ["ordering"] });
  await page.goto(`/quiz/${attempt.id}`);
  const question = await currentQuestion(page);
  if (question.type !== "ordering") throw new Error("expected an ordering question");
  // The item shown last is moved to the top (the first one may already be there).
  const shown = await page.locator("form").getByRole("listitem").allInnerTexts();
  const target = question.items.find((item) => shown.at(-1)!.includes(item))!;
  const up = page.getByRole("button", { name: `Move “${target}” up` });
  await up.focus();
  for (let i = 0; i < question.items.length; i++) await page.keyboard.press("Enter");
  await expect(up).toBeFocused();
  await expect(page.locator("form").getByRole("listitem").first()).toContainText(target);
  await expect(page.getByRole("status")).toHaveText(`“${target}” moved to position 1 of ${question.items.length}.`);
  // Put the rest in order the same way, then check with Enter from the list.
  await answerInPage(page, question, true);
  await page.getByRole("button", { name: "Check answer" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: /^Correct/ })).toHaveCount(1);
});

test("retrying with no finished quiz says there is nothing to retry", async ({ page }) => {
  await page.goto("/quiz/new");
  await page.getByRole("button", { name: "Retry my mistakes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "No mistakes to retry" })).toBeVisible();
});
