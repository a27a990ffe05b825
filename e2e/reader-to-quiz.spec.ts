import { expect, test } from "@playwright/test";
import { sourceLink } from "@/lib/domain/quiz/links";
import { signUp, uniqueEmail } from "./fixtures/accounts";
import { answerInPage, currentQuestion, sectionQuestions } from "./quiz-fixtures";
import { loadContent } from "@/lib/content/load";

// From the reader to a quiz on the section, and from an explanation back to the highlighted quote.

const notes = new Map(loadContent().banks.flatMap((b) => b.bank.notes.map((n) => [n.id, n] as const)));

test("reader → quiz on the section → the explanation's source link opens the highlighted quote", async ({ page }) => {
  await signUp(page, { name: "Reader", email: uniqueEmail("reader-quiz"), password: "correct horse battery", role: "Student" });
  await page.goto("/sections/hsi");
  await page.getByRole("link", { name: "Practise as a quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/new\?sections=hsi$/);
  await expect(page.getByRole("checkbox", { name: /^Homeland Security Investigations \(HSI\)/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { checked: true, name: /questions\)$/ })).toHaveCount(1);

  // Single-choice questions only; HSI has several with an accuracy note.
  const total = sectionQuestions("hsi").filter((q) => q.type === "single").length;
  await page.getByLabel("Number of questions").fill(String(total));
  for (const type of ["Multiple choice", "True or false", "Typed answer", "Ordering", "Matching"]) await page.getByRole("checkbox", { name: type }).uncheck();
  await page.getByRole("button", { name: "Start quiz" }).click();

  // Go through the questions until one carries an accuracy note: it is shown with the explanation.
  for (let n = 1; n <= total; n++) {
    await expect(page.getByRole("heading", { name: `Question ${n} of ${total}` })).toBeVisible();
    const question = await currentQuestion(page);
    await answerInPage(page, question, true);
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByText(question.explanation)).toBeVisible();
    const link = page.getByRole("link", { name: "Read this in the article" });
    await expect(link).toHaveAttribute("href", sourceLink("hsi", question.quote));
    if (!question.note) {
      await page.getByRole("button", { name: "Next question" }).click();
      continue;
    }
    const note = notes.get(question.note)!;
    await expect(page.getByText("Accuracy note")).toBeVisible();
    await expect(page.getByText(note.text)).toBeVisible();
    await expect(page.getByRole("link", { name: /^Source/ })).toHaveAttribute("href", note.source);

    await link.click();
    await expect(page).toHaveURL(/\/sections\/hsi\?quote=.+#quote$/);
    const mark = page.locator("mark#quote");
    await expect(mark).toHaveText(question.quote);
    await expect(mark).toBeInViewport();
    return;
  }
  throw new Error("no HSI single-choice question with an accuracy note was drawn");
});
