import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./fixtures/accounts";
import { answerInPage, currentQuestion } from "./quiz-fixtures";

const counts = (n: number | string, l: number, r: number) => new RegExp(`^Left today:\\s*${n} new\\W*${l} learning\\W*${r} review$`);

// Quizzes and flashcards share one memory: a question answered wrong brings the section's
// flashcards that teach it into the review queue, even when the day's new cards are used up
// (within the learner's daily cap on cards for quiz mistakes).

test("a quiz mistake shows up in the review queue", async ({ page }) => {
  await signUp(page, { name: "Quiz Then Review", email: uniqueEmail("mistake"), password: "correct horse battery", role: "Student" });
  await page.goto("/settings");
  await page.getByLabel("New cards per day").fill("0");
  await page.getByLabel("Cards for quiz mistakes per day").fill("5");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await page.goto("/review");
  await expect(page.getByRole("heading", { name: /No cards due/ })).toBeVisible();

  // One practice question on HSI, answered wrong in the quiz.
  await page.goto("/quiz/new?sections=hsi");
  await page.getByLabel("Number of questions").fill("1");
  await page.getByRole("radio", { name: /^Practice/ }).check();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page.getByRole("heading", { name: "Question 1 of 1" })).toBeVisible();
  await answerInPage(page, await currentQuestion(page), false);
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Incorrect/ })).toHaveCount(1);

  // The review queue now holds the HSI flashcards that teach the missed question, and says so.
  await page.goto("/review");
  await expect(page.getByTestId("left-today")).toHaveText(counts("[1-5]", 0, 0));
  const shown = Number(/(\d+) new/.exec((await page.getByTestId("left-today").textContent()) ?? "")?.[1]);
  await expect(page.getByTestId("quiz-feed")).toContainText(/of today's 5 cards for quiz mistakes/);
  await expect(page.getByRole("article", { name: "Flashcard" })).toBeVisible();
  // Going back to the review page does not bring in more.
  await page.reload();
  await expect(page.getByTestId("left-today")).toHaveText(counts(shown, 0, 0));
});
