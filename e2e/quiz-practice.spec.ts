import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./fixtures/accounts";
import { answerInPage, currentQuestion, expectNoAxeViolations, sectionQuestions } from "./quiz-fixtures";

// A practice quiz on one section: start it from the form, answer right and wrong, read the feedback,
// use the keyboard, finish and see the results.

// A fresh learner per test: nothing another test (or engineer's run) did can change what they see.
test.beforeEach(async ({ page }) => {
  await signUp(page, { name: "Quiz Taker", email: uniqueEmail("quiz"), password: "correct horse battery", role: "Student" });
});

test("practice quiz on one section, answered right and wrong", async ({ page }) => {
  const section = "legal-framework";
  const total = sectionQuestions(section).length;
  await page.goto(`/quiz/new?sections=${section}`);
  await expect(page.getByRole("checkbox", { name: /^Legal Framework/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /^Homeland Security Investigations/ })).not.toBeChecked();
  await expectNoAxeViolations(page, "/quiz/new");
  await page.getByLabel("Number of questions").fill(String(total));
  await page.getByRole("radio", { name: /^Practice/ }).check();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/[a-z0-9]+\?q=1$/);

  // Question 1: right.
  await expect(page.getByRole("heading", { name: `Question 1 of ${total}` })).toBeVisible();
  const first = await currentQuestion(page);
  await expect(page.getByText(first.explanation)).toHaveCount(0);
  await answerInPage(page, first, true);
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Correct/ })).toHaveCount(1);
  await expect(page.getByText(first.explanation)).toBeVisible();
  await expect(page.getByRole("link", { name: "Read this in the article" })).toHaveAttribute("href", `/sections/${section}?quote=${encodeURIComponent(first.quote)}#quote`);
  await expect(page.getByRole("button", { name: "Next question" })).toBeFocused();
  await expectNoAxeViolations(page, "attempt page after a check");
  await page.keyboard.press("Enter");

  // Question 2: wrong; the right answer is announced.
  await expect(page.getByRole("heading", { name: `Question 2 of ${total}` })).toBeVisible();
  const second = await currentQuestion(page);
  await answerInPage(page, second, false);
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Incorrect\. Right answer: / })).toHaveCount(1);
  await expect(page.getByText(second.explanation)).toBeVisible();
  await page.getByRole("button", { name: "Next question" }).click();

  // Question 3: from the keyboard only (digits for options, typing for text, Enter to check).
  await expect(page.getByRole("heading", { name: `Question 3 of ${total}` })).toBeVisible();
  const third = await currentQuestion(page);
  if (third.type === "typed") {
    await page.getByRole("textbox", { name: "Your answer" }).focus();
    await page.keyboard.type(third.answers[0]!);
  } else if (third.type === "truefalse") {
    await page.keyboard.press(third.answer ? "1" : "2");
  } else {
    await answerInPage(page, third, true);
  }
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: /^Correct/ })).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Finish quiz" })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { name: "Results", level: 1 })).toBeVisible();
  await expect(page.getByText(`Score: 2 / ${total}`)).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Question 2: Incorrect/ })).toBeVisible();
  await expect(page.getByText(second.explanation)).toBeVisible();
  await expectNoAxeViolations(page, "results page");
});

test("digits pick options on a single-choice question and Enter checks", async ({ page }) => {
  const response = await page.request.post("/api/v1/quiz-attempts", { data: { mode: "practice", sectionIds: ["hsi"], count: 1, types: ["single"] } });
  const { attempt } = (await response.json()) as { attempt: { id: string } };
  await page.goto(`/quiz/${attempt.id}`);
  const question = await currentQuestion(page);
  if (question.type !== "single") throw new Error("expected a single-choice question");
  const radios = page.getByRole("radio");
  const texts = await radios.evaluateAll((inputs) => inputs.map((i) => i.closest("label")?.innerText.replace(/^\d+\s*/, "").trim() ?? ""));
  const right = texts.indexOf(question.options.find((o) => o.correct)!.text);
  await page.keyboard.press(String(right + 1));
  await expect(radios.nth(right)).toBeChecked();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: /^Correct/ })).toHaveCount(1);
  await expect(page.getByText(question.explanation)).toBeVisible();
});
