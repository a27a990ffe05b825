import { expect, test, type Page } from "@playwright/test";
import type { Question } from "@/lib/schemas/content";
import { signUp, uniqueEmail } from "./fixtures/accounts";
import { desktop, expectPhoneFriendly, phone, screenshotSizesAndSchemes } from "./fixtures/phone";
import { answerInPage, currentQuestion, expectNoAxeViolations } from "./quiz-fixtures";

// Practice feedback in place: after "Check answer" every pick, position and pair carries its verdict
// beside it as an icon and a word (not colour alone), and the header's answered count moves on.
// An exam shows no verdict before the finish.

test.beforeEach(async ({ page }) => {
  await signUp(page, { name: "Marked Learner", email: uniqueEmail("marks"), password: "correct horse battery", role: "Student" });
});

// Starts a one-question attempt of the given type and opens it.
async function startOne(page: Page, type: Question["type"], section: string, mode: "practice" | "exam" = "practice"): Promise<Question> {
  const response = await page.request.post("/api/v1/quiz-attempts", { data: { mode, sectionIds: [section], count: 1, types: [type] } });
  expect(response.status()).toBe(201);
  const { attempt } = (await response.json()) as { attempt: { id: string } };
  await page.goto(`/quiz/${attempt.id}`);
  const question = await currentQuestion(page);
  expect(question.type).toBe(type);
  return question;
}

const option = (page: Page, text: string) => page.locator("label").filter({ has: page.getByText(text, { exact: true }) });

test("single and multiple choice: each pick is marked, the right option too, and the count updates", async ({ page }) => {
  const multiple = await startOne(page, "multiple", "advanced-technologies");
  if (multiple.type !== "multiple") throw new Error("expected a multiple-choice question");
  await expect(page.getByText("0 of 1 answered")).toBeVisible();
  const right = multiple.options.filter((o) => o.correct);
  const wrong = multiple.options.find((o) => !o.correct)!;
  await page.getByRole("checkbox", { name: right[0]!.text, exact: true }).check();
  await page.getByRole("checkbox", { name: wrong.text, exact: true }).check();
  await expect(page.locator("[data-mark]")).toHaveCount(0);
  await page.getByRole("button", { name: "Check answer" }).click();

  await expect(page.getByText("1 of 1 answered")).toBeVisible();
  await expect(option(page, right[0]!.text).getByText("Correct", { exact: true })).toBeVisible();
  await expect(option(page, wrong.text).getByText("Incorrect", { exact: true })).toBeVisible();
  for (const missed of right.slice(1)) await expect(option(page, missed.text).getByText("Right answer", { exact: true })).toBeVisible();
  for (const other of multiple.options.filter((o) => !o.correct && o !== wrong)) await expect(option(page, other.text).locator("[data-mark]")).toHaveCount(0);
  // The icon is there too, for those who do not tell red from green.
  await expect(option(page, wrong.text).locator("[data-mark]")).toContainText("✗");
  await expectNoAxeViolations(page, "multiple choice after a check");
  await screenshotSizesAndSchemes(page, "marked multiple");
  await page.setViewportSize(phone);
  await expectPhoneFriendly(page, "marked multiple on a phone");

  const single = await startOne(page, "single", "hsi");
  if (single.type !== "single") throw new Error("expected a single-choice question");
  await answerInPage(page, single, false);
  await page.getByRole("button", { name: "Check answer" }).click();
  const picked = single.options.find((o) => !o.correct)!;
  await expect(option(page, picked.text).getByText("Incorrect", { exact: true })).toBeVisible();
  await expect(option(page, single.options.find((o) => o.correct)!.text).getByText("Right answer", { exact: true })).toBeVisible();
});

test("ordering and matching: each position and pair is marked with where it belongs", async ({ page }) => {
  const ordering = await startOne(page, "ordering", "hsi");
  if (ordering.type !== "ordering") throw new Error("expected an ordering question");
  await answerInPage(page, ordering, false);
  await page.getByRole("button", { name: "Check answer" }).click();
  const rows = page.getByRole("listitem").filter({ has: page.locator("[data-mark]") });
  await expect(rows).toHaveCount(ordering.items.length);
  // Reversed: the first item shown belongs last.
  await expect(rows.first()).toContainText(ordering.items.at(-1)!);
  await expect(rows.first()).toContainText(`Incorrect: belongs at ${ordering.items.length}`);
  await page.setViewportSize(phone);
  await expectPhoneFriendly(page, "marked ordering on a phone");
  await page.setViewportSize(desktop);

  const matching = await startOne(page, "matching", "advanced-technologies");
  if (matching.type !== "matching") throw new Error("expected a matching question");
  await answerInPage(page, matching, false);
  await page.getByRole("button", { name: "Check answer" }).click();
  for (const pair of matching.pairs) {
    const row = page.locator("div").filter({ has: page.getByRole("combobox", { name: pair.left, exact: true }) }).last();
    await expect(row).toContainText(`Incorrect: it goes with “${pair.right}”`);
  }
  await page.setViewportSize(phone);
  await expectPhoneFriendly(page, "marked matching on a phone");
});

test("an exam marks nothing before the finish", async ({ page }) => {
  const single = await startOne(page, "single", "hsi", "exam");
  if (single.type !== "single") throw new Error("expected a single-choice question");
  await answerInPage(page, single, false);
  await expect(page.getByText("1 of 1 answered")).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("Answer saved.");
  await expect(page.locator("[data-mark]")).toHaveCount(0);
  await expect(page.getByText(/^(Correct|Incorrect|Right answer)$/)).toHaveCount(0);
});
