import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./fixtures/accounts";
import { expectPhoneFriendly, phone, screenshotSizesAndSchemes } from "./fixtures/phone";
import { expectNoAxeViolations } from "./quiz-fixtures";

// The dashboard says what today holds: the flashcards left (new / learning / review), the streak,
// the quiz still open with a way back into it.

test("today's cards, the streak and the quiz to resume", async ({ page }) => {
  await signUp(page, { name: "Daily Learner", email: uniqueEmail("today"), password: "correct horse battery", role: "Student" });
  await page.goto("/settings");
  await page.getByLabel("New cards per day").fill("3");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();

  await page.goto("/dashboard");
  const today = page.getByRole("region", { name: "Today" });
  await expect(today.getByTestId("due-today")).toHaveText(/^3 new\W*0 learning\W*0 review$/);
  await expect(today.getByTestId("streak")).toHaveText("0 days");
  await expect(today.getByText("None open.")).toBeVisible();
  await expectNoAxeViolations(page, "/dashboard, a new learner");

  // One card reviewed: a one-day streak, and one card fewer.
  await today.getByRole("link", { name: "Review now" }).click();
  await page.getByRole("button", { name: "Show answer" }).click();
  await page.getByRole("button", { name: /^Easy/ }).click();
  await expect(page.getByTestId("left-today")).toContainText("2 new");
  await page.goto("/dashboard");
  await expect(today.getByTestId("due-today")).toHaveText(/^2 new\W*0 learning\W*0 review$/);
  await expect(today.getByTestId("streak")).toHaveText("1 day");
  await expect(today.getByText("You studied today.")).toBeVisible();

  // A practice quiz left after one answer is offered to resume, where it was left.
  const response = await page.request.post("/api/v1/quiz-attempts", { data: { mode: "practice", sectionIds: ["hsi"], count: 2, types: ["truefalse"] } });
  const { attempt } = (await response.json()) as { attempt: { id: string } };
  const answer = await page.request.post(`/api/v1/quiz-attempts/${attempt.id}/answers`, { data: { answerId: crypto.randomUUID(), position: 0, answer: { type: "truefalse", value: true } } });
  expect(answer.ok()).toBe(true);
  await page.reload();
  await expect(today.getByText("Practice quiz: 1 of 2 answered")).toBeVisible();
  await screenshotSizesAndSchemes(page, "dashboard");
  await page.setViewportSize(phone);
  await expectPhoneFriendly(page, "dashboard on a phone");
  await today.getByRole("link", { name: "Resume quiz" }).click();
  await expect(page.getByRole("heading", { name: "Question 2 of 2" })).toBeVisible();
});
