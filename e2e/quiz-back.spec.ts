import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./fixtures/accounts";
import { answerInPage, currentQuestion } from "./quiz-fixtures";

// The browser's Back button walks back through the questions: a quiz opens at /quiz/:id (where the
// learner left off), and Back from question 2 must show question 1, not where they are now.

test("Back from question 2 shows question 1, Forward question 2 again", async ({ page }) => {
  await signUp(page, { name: "Back Button", email: uniqueEmail("back"), password: "correct horse battery", role: "Student" });
  await page.goto("/quiz/new?sections=hsi");
  await page.getByLabel("Number of questions").fill("2");
  await page.getByRole("radio", { name: /^Practice/ }).check();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page.getByRole("heading", { name: "Question 1 of 2" })).toBeVisible();
  await expect(page).toHaveURL(/\?q=1$/);
  const first = await currentQuestion(page);
  await answerInPage(page, first, true);
  await page.getByRole("button", { name: "Check answer" }).click();
  await page.getByRole("button", { name: "Next question" }).click();
  await expect(page.getByRole("heading", { name: "Question 2 of 2" })).toBeVisible();

  await page.goBack();
  await expect(page.getByRole("heading", { name: "Question 1 of 2" })).toBeVisible();
  await expect(page.getByText(first.explanation)).toBeVisible();
  await page.goForward();
  await expect(page.getByRole("heading", { name: "Question 2 of 2" })).toBeVisible();
});
