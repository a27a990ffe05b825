import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { loadContent } from "@/lib/content/load";
import type { Question } from "@/lib/schemas/content";

// Shared by the quiz specs: the authored questions (to know the right answers), answering through
// the page's controls the way a learner would, and an axe check.

const content = loadContent();
export const bankQuestions: Question[] = content.banks.flatMap((b) => b.bank.questions);
export const questionById = (id: string) => bankQuestions.find((q) => q.id === id)!;
export const sectionQuestions = (sectionId: string) => content.banks.find((b) => b.bank.section === sectionId)!.bank.questions;

// The question on screen, found by its prompt (the longest prompt shown wins, should one contain another).
export async function currentQuestion(page: Page): Promise<Question> {
  const text = await page.locator("form").first().innerText();
  const matches = bankQuestions.filter((q) => text.includes(q.prompt)).sort((a, b) => b.prompt.length - a.prompt.length);
  if (!matches[0]) throw new Error(`no known question on the page:\n${text}`);
  return matches[0];
}

// Answers the question on screen right or (scoring 0) wrong, with the page's own controls.
export async function answerInPage(page: Page, question: Question, right: boolean): Promise<void> {
  switch (question.type) {
    case "single": {
      const option = question.options.find((o) => o.correct === right)!;
      await page.getByRole("radio", { name: option.text, exact: true }).check();
      return;
    }
    case "multiple":
      for (const o of question.options.filter((o) => o.correct === right)) await page.getByRole("checkbox", { name: o.text, exact: true }).check();
      return;
    case "truefalse":
      await page.getByRole("radio", { name: question.answer === right ? "True" : "False", exact: true }).check();
      return;
    case "typed":
      await page.getByRole("textbox", { name: "Your answer" }).fill(right ? question.answers[0]! : "qqqq zzzz");
      return;
    case "ordering": {
      const target = right ? question.items : [...question.items].reverse();
      for (const [t, item] of target.entries()) {
        const shown = await page.getByRole("listitem").filter({ has: page.getByRole("button", { name: /^Move “/ }) }).allInnerTexts();
        const at = shown.findIndex((s) => s.includes(item));
        for (let i = at; i > t; i--) await page.getByRole("button", { name: `Move “${item}” up` }).click();
      }
      return;
    }
    case "matching":
      for (const [i, pair] of question.pairs.entries()) {
        const choice = right ? pair.right : question.pairs[(i + 1) % question.pairs.length]!.right;
        await page.getByRole("combobox", { name: pair.left, exact: true }).selectOption({ label: choice });
      }
      return;
  }
}

// Fails with the rule ids and targets when axe finds violations.
export async function expectNoAxeViolations(page: Page, what: string, soft = false) {
  const results = await new AxeBuilder({ page }).analyze();
  (soft ? expect.soft : expect)(results.violations, `${what}: ${results.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target).join(" ")})`).join(", ")}`).toEqual([]);
}

export type ApiAttempt = { id: string; total: number; items: { position: number; question: { id: string; type: string; options?: { index: number; text: string }[] } }[] };

// Starts an attempt through the JSON API with the page's session.
export async function createAttemptViaApi(page: Page, body: Record<string, unknown>): Promise<ApiAttempt> {
  const response = await page.request.post("/api/v1/quiz-attempts", { data: body });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { attempt: ApiAttempt }).attempt;
}
