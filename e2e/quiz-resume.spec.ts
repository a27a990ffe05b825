import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./fixtures/accounts";
import { answerInPage, createAttemptViaApi, currentQuestion } from "./quiz-fixtures";

// Attempts live on the server: a reload comes back where the learner was, with their answers.

test.beforeEach(async ({ page }) => {
  await signUp(page, { name: "Resumer", email: uniqueEmail("resume"), password: "correct horse battery", role: "Student" });
});

// The address names the question (?q=N), so a reload shows the checked question again, with its
// verdict, and Next goes on.
test("practice: a reload after a check keeps the question and its verdict; Next goes on", async ({ page }) => {
  await page.goto("/quiz/new?sections=ero");
  await page.getByLabel("Number of questions").fill("3");
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page.getByRole("heading", { name: "Question 1 of 3" })).toBeVisible();
  await answerInPage(page, await currentQuestion(page), true);
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Correct/ })).toHaveCount(1);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Question 1 of 3" })).toBeVisible();
  await expect(page.getByText("1 of 3 answered")).toBeVisible();
  await expect(page.locator("[data-mark]").first()).toBeVisible();
  await page.getByRole("button", { name: "Next question" }).click();
  await expect(page.getByRole("heading", { name: "Question 2 of 3" })).toBeVisible();
});

test("exam: a reload resumes at the first unanswered question with saved answers kept", async ({ page }) => {
  const attempt = await createAttemptViaApi(page, { mode: "exam", sectionIds: ["hsi"], count: 3, types: ["typed", "truefalse", "single"] });
  await page.goto(`/quiz/${attempt.id}`);
  const first = await currentQuestion(page);
  await answerInPage(page, first, true);
  await page.getByRole("button", { name: "Next question" }).click();
  await expect(page.getByRole("heading", { name: "Question 2 of 3" })).toBeVisible();
  await answerInPage(page, await currentQuestion(page), false);
  await page.getByRole("button", { name: "Next question" }).click();
  await expect(page.getByRole("heading", { name: "Question 3 of 3" })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("heading", { name: "Question 3 of 3" })).toBeVisible();
  await expect(page.getByText("2 of 3 answered")).toBeVisible();
  await page.getByRole("link", { name: "Question 1, answered" }).click();
  await expect(page.getByRole("heading", { name: "Question 1 of 3" })).toBeVisible();
  if (first.type === "typed") await expect(page.getByRole("textbox", { name: "Your answer" })).toHaveValue(first.answers[0]!);
  else if (first.type === "truefalse") await expect(page.getByRole("radio", { name: first.answer ? "True" : "False", exact: true })).toBeChecked();
  else if (first.type === "single") await expect(page.getByRole("radio", { name: first.options.find((o) => o.correct)!.text, exact: true })).toBeChecked();

  await page.getByRole("button", { name: "Finish quiz" }).click();
  await page.getByRole("button", { name: "Finish anyway" }).click();
  await expect(page.getByText("Score: 1 / 3")).toBeVisible();
});
