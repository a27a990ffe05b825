import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./fixtures/accounts";
import { answerInPage, createAttemptViaApi, currentQuestion, expectNoAxeViolations } from "./quiz-fixtures";

// Exams: no feedback until the end, and a time limit the server enforces.

test.beforeEach(async ({ page }) => {
  await signUp(page, { name: "Exam Taker", email: uniqueEmail("exam"), password: "correct horse battery", role: "Student" });
});

test("an exam from the form shows no feedback until it is finished", async ({ page }) => {
  await page.goto("/quiz/new?sections=hsi");
  await page.getByRole("radio", { name: /^Exam/ }).check();
  await page.getByLabel("Time limit in minutes (optional)").fill("5");
  await page.getByLabel("Number of questions").fill("3");
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page.getByRole("heading", { name: "Exam", level: 1 })).toBeVisible();
  await expect(page.getByRole("timer")).toHaveText(/^[45]:\d\d$/);
  await expectNoAxeViolations(page, "exam page");

  const first = await currentQuestion(page);
  await answerInPage(page, first, true);
  await page.getByRole("button", { name: "Next question" }).click();
  await expect(page.getByRole("heading", { name: "Question 2 of 3" })).toBeVisible();
  await expect(page.getByText(/^(Correct|Incorrect)/)).toHaveCount(0);
  await expect(page.getByText(first.explanation)).toHaveCount(0);
  const second = await currentQuestion(page);
  await answerInPage(page, second, false);
  await page.getByRole("button", { name: "Next question" }).click();
  await expect(page.getByRole("heading", { name: "Question 3 of 3" })).toBeVisible();
  await page.getByRole("button", { name: "Finish quiz" }).click();
  await expect(page.getByRole("heading", { name: "1 of 3 questions unanswered" })).toBeVisible();
  await page.getByRole("button", { name: "Finish anyway" }).click();

  await expect(page.getByRole("heading", { name: "Results", level: 1 })).toBeVisible();
  await expect(page.getByText("Score: 1 / 3")).toBeVisible();
  await expect(page.getByText(first.explanation)).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Question 3: Not answered/ })).toBeVisible();
});

test("an ordering question left as shown is not saved as an answer", async ({ page }) => {
  const attempt = await createAttemptViaApi(page, { mode: "exam", sectionIds: ["hsi"], count: 1, types: ["ordering"] });
  await page.goto(`/quiz/${attempt.id}`);
  await expect(page.getByRole("button", { name: /^Move “.+” up$/ }).first()).toBeVisible();
  await page.getByRole("button", { name: "Finish quiz" }).click();
  await page.getByRole("button", { name: "Finish anyway" }).click();
  await expect(page.getByText("Score: 0 / 1")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Question 1: Not answered" })).toBeVisible();
});

test("a short time limit expires: a late answer is refused and what was saved is graded", async ({ page }) => {
  // Picked answers (not typed ones) are saved at once, without waiting for a pause the stopped clock would never end.
  const attempt = await createAttemptViaApi(page, { mode: "exam", sectionIds: ["hsi"], count: 3, types: ["truefalse", "single"], timeLimitMinutes: 0.25 });
  // The browser's clock is stopped after question 1, so only the server can say time is up.
  await page.clock.install();
  await page.goto(`/quiz/${attempt.id}`);
  const first = await currentQuestion(page);
  await answerInPage(page, first, true);
  await page.getByRole("button", { name: "Next question" }).click();
  await expect(page.getByRole("heading", { name: "Question 2 of 3" })).toBeVisible();
  await page.clock.pauseAt(new Date(Date.now() + 1000));
  await page.waitForTimeout(16_000);

  // The answer is saved as soon as it is picked, which the server refuses: time is up.
  await answerInPage(page, await currentQuestion(page), true);
  await expect(page.getByRole("status").filter({ hasText: "Time is up. Your saved answers have been graded." })).toBeVisible();
  await expect(page.getByRole("link", { name: "See your results" })).toBeFocused();

  const late = await page.request.post(`/api/v1/quiz-attempts/${attempt.id}/answers`, { data: { answerId: crypto.randomUUID(), position: 2, answer: { type: "truefalse", value: true } } });
  expect(late.status()).toBe(409);
  expect(await late.json()).toMatchObject({ reason: "timed-out" });

  await page.getByRole("link", { name: "See your results" }).click();
  await expect(page.getByRole("heading", { name: "Results", level: 1 })).toBeVisible();
  await expect(page.getByText("Time ran out: the answers saved before the deadline were graded.")).toBeVisible();
  await expect(page.getByText("Score: 1 / 3")).toBeVisible();
  await expect(page.getByText("time taken: 15 s")).toBeVisible();
});

test("when the countdown reaches zero the page opens the graded results", async ({ page }) => {
  const attempt = await createAttemptViaApi(page, { mode: "exam", sectionIds: ["ero"], count: 2, timeLimitMinutes: 0.1 });
  await page.goto(`/quiz/${attempt.id}`);
  await expect(page.getByRole("timer")).toHaveText(/^0:0\d$/);
  await expect(page.getByRole("heading", { name: "Results", level: 1 })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText("Score: 0 / 2")).toBeVisible();
  await expect(page.getByText("Time ran out: the answers saved before the deadline were graded.")).toBeVisible();
});
