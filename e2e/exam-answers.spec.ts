import { expect, test } from "@playwright/test";
import { signIn, signUp, uniqueEmail } from "./fixtures/accounts";
import { answerInPage, createAttemptViaApi, currentQuestion } from "./quiz-fixtures";

// Exam answers are never lost: each is saved as soon as it changes, whatever way the learner leaves
// the question (the question buttons, a header link, the clock, an ended session), and finishing
// with questions unanswered says how many first.

const password = "correct horse battery";
let email = "";

test.beforeEach(async ({ page }) => {
  email = uniqueEmail("exam-answers");
  await signUp(page, { name: "Careful Examinee", email, password, role: "Student" });
});

test("answers survive jumping with the question buttons and leaving through the header", async ({ page }) => {
  const attempt = await createAttemptViaApi(page, { mode: "exam", sectionIds: ["hsi"], count: 3, types: ["truefalse", "single"] });
  await page.goto(`/quiz/${attempt.id}`);
  await answerInPage(page, await currentQuestion(page), true);
  // A jump straight away, no "Next": the answer is kept.
  await page.getByRole("link", { name: "Question 3, not answered" }).click();
  await expect(page.getByRole("heading", { name: "Question 3 of 3" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Question 1, answered" })).toBeVisible();
  await answerInPage(page, await currentQuestion(page), true);
  // Out through the header, then back: both answers are there.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link").first().click();
  await expect(page).not.toHaveURL(/\/quiz\//);
  await page.goto(`/quiz/${attempt.id}?q=2`);
  await expect(page.getByText("2 of 3 answered")).toBeVisible();
  await expect(page.getByRole("link", { name: "Question 3, answered" })).toBeVisible();

  // Finishing with one unanswered says so first.
  await page.getByRole("button", { name: "Finish quiz" }).click();
  await expect(page.getByRole("heading", { name: "1 of 3 questions unanswered" })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/quiz/${attempt.id}`));
  await page.getByRole("button", { name: "Finish anyway" }).click();
  await expect(page.getByRole("heading", { name: "Results", level: 1 })).toBeVisible();
  await expect(page.getByText("Score: 2 / 3")).toBeVisible();
});

test("the answer selected when time runs out is graded", async ({ page }) => {
  const attempt = await createAttemptViaApi(page, { mode: "exam", sectionIds: ["ero"], count: 2, types: ["truefalse", "single"], timeLimitMinutes: 0.15 });
  await page.goto(`/quiz/${attempt.id}`);
  await answerInPage(page, await currentQuestion(page), true);
  // No button pressed: the countdown ends and opens the results.
  await expect(page.getByRole("heading", { name: "Results", level: 1 })).toBeVisible({ timeout: 25_000 });
  await expect(page.getByText("Score: 1 / 2")).toBeVisible();
});

test("an ended session keeps the answer, offers sign-in and comes back to the same question", async ({ page, context }) => {
  const attempt = await createAttemptViaApi(page, { mode: "exam", sectionIds: ["hsi"], count: 2, types: ["truefalse", "single"] });
  await page.goto(`/quiz/${attempt.id}?q=2`);
  await expect(page.getByRole("heading", { name: "Question 2 of 2" })).toBeVisible();
  await context.clearCookies();
  const question = await currentQuestion(page);
  await answerInPage(page, question, true);
  await expect(page.getByRole("status").filter({ hasText: "Your session has ended" })).toBeVisible();
  // The page is still there, with the answer picked.
  await expect(page.getByRole("heading", { name: "Question 2 of 2" })).toBeVisible();
  await page.getByRole("link", { name: "Sign in again and return to question 2" }).click();
  await signIn(page, { email, password }, new RegExp(`/quiz/${attempt.id}\\?q=2$`), "");
  await expect(page.getByRole("status").filter({ hasText: "Answer saved." })).toBeVisible();
  await page.reload();
  await expect(page.getByText("1 of 2 answered")).toBeVisible();
});
