import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./fixtures/accounts";
import { answerInPage, createAttemptViaApi, currentQuestion, expectNoAxeViolations } from "./quiz-fixtures";

// axe on every quiz page, in light and dark mode, in the states a learner sees.

for (const colorScheme of ["light", "dark"] as const) {
  test(`quiz pages have no axe violations (${colorScheme})`, async ({ page }) => {
    await signUp(page, { name: "Axe Checker", email: uniqueEmail("axe"), password: "correct horse battery", role: "Student" });
    await page.emulateMedia({ colorScheme });
    await page.goto("/quiz/new?sections=hsi");
    await page.getByRole("radio", { name: /^Exam/ }).check();
    await expectNoAxeViolations(page, `/quiz/new, exam chosen (${colorScheme})`);

    const exam = await createAttemptViaApi(page, { mode: "exam", sectionIds: ["hsi"], count: 3, timeLimitMinutes: 30 });
    await page.goto(`/quiz/${exam.id}`);
    await expect(page.getByRole("timer")).toBeVisible();
    await expectNoAxeViolations(page, `exam question (${colorScheme})`);

    // Practice: one wrong answer (red feedback), one right (green); results; history.
    const practice = await createAttemptViaApi(page, { mode: "practice", sectionIds: ["hsi"], count: 2, types: ["single"] });
    await page.goto(`/quiz/${practice.id}`);
    await answerInPage(page, await currentQuestion(page), false);
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByRole("status").filter({ hasText: /^Incorrect/ })).toHaveCount(1);
    await expectNoAxeViolations(page, `practice feedback, wrong (${colorScheme})`);
    await page.getByRole("button", { name: "Next question" }).click();
    await expect(page.getByRole("heading", { name: "Question 2 of 2" })).toBeVisible();
    await answerInPage(page, await currentQuestion(page), true);
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByRole("status").filter({ hasText: /^Correct/ })).toHaveCount(1);
    await expectNoAxeViolations(page, `practice feedback, right (${colorScheme})`);
    await page.getByRole("button", { name: "Finish quiz" }).click();
    await expect(page.getByRole("heading", { name: "Results", level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, `results (${colorScheme})`);
    await page.goto("/history");
    await expectNoAxeViolations(page, `history (${colorScheme})`);
  });
}
