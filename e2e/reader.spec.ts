import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { loadContent } from "@/lib/content/load";
import { sourceLink } from "@/lib/domain/quiz/links";
import { studentState } from "./fixtures/accounts";

// The reader: the outline, a section with its accuracy notes, the way on to practise it, and a
// quiz explanation's source link coming back to the highlighted quote.

const content = loadContent();
const bank = (sectionId: string) => content.banks.find((b) => b.bank.section === sectionId)!.bank;
const hsi = bank("hsi");
const reportingNote = hsi.notes.find((n) => n.id === "hsi-n-reporting-line")!;
// A question quote that is also a note's passage: the source link must still mark exactly it.
const noteQuote = reportingNote.quote;
const plainQuote = hsi.questions.find((q) => !q.note && q.quote.includes("intellectual property"))!.quote;

async function expectNoAxeViolations(page: Page, path: string) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations, `${path}: ${results.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target).join(" ")})`).join(", ")}`).toEqual([]);
}

test.describe("reader, signed out", () => {
  test("sends a signed-out visitor to sign-in first", async ({ page }) => {
    await page.goto("/sections/hsi");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fsections%2Fhsi/);
  });
});

test.describe("reader", () => {
  test.use({ storageState: studentState });

  test("outline → section with its notes → practise as a quiz", async ({ page }) => {
    await page.goto("/sections");
    await expect(page.getByRole("heading", { level: 1, name: "Sections" })).toBeVisible();
    const outline = page.getByRole("navigation", { name: "Article outline" });
    const top = content.sections.filter((s) => s.level === 1);
    await expect(outline.locator(":scope > ol > li")).toHaveCount(top.length);
    // Sub-sections are listed under their section.
    const divisions = outline.locator(":scope > ol > li").filter({ hasText: "Key Divisions within Immigration Police" });
    await expect(divisions.getByRole("listitem")).toHaveText([/Homeland Security Investigations \(HSI\)/, /Enforcement and Removal Operations \(ERO\)/]);
    // Counts and mastery (the demo student has answered nothing yet).
    const hsiRow = divisions.getByRole("listitem").first();
    await expect(hsiRow).toContainText(`${hsi.questions.length} questions · ${hsi.flashcards.length} flashcards · ${hsi.notes.length} notes`);
    const meter = page.getByRole("meter", { name: "Quiz mastery, Homeland Security Investigations (HSI)" });
    await expect(meter).toHaveAttribute("aria-valuetext", `0% (0 of ${hsi.questions.length} questions answered right)`);
    // The article's sources, as links.
    const sources = page.getByRole("region", { name: "Sources" }).getByRole("link");
    await expect(sources).toHaveCount(content.article.sources.length);
    await expect(sources.first()).toHaveAttribute("href", content.article.sources[0]!);

    await outline.getByRole("link", { name: /Homeland Security Investigations \(HSI\)/ }).click();
    await expect(page).toHaveURL(/\/sections\/hsi$/);
    await expect(page.getByRole("heading", { level: 1, name: "Homeland Security Investigations (HSI)" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Key Divisions within Immigration Police" })).toBeVisible();
    await expect(page.getByText("The agents at HSI, under the leadership of the Director of ICE", { exact: false }).first()).toBeVisible();

    // The note: its passage is marked in the text and links to it; the note has a name, the record and its source.
    const note = page.getByRole("note").filter({ hasText: reportingNote.text.slice(0, 60) });
    await expect(note).toHaveAccessibleName(/^Accuracy note \d+$/);
    await expect(note.getByRole("link", { name: /^Source:/ })).toHaveAttribute("href", reportingNote.source);
    await expect(page.locator("mark").filter({ hasText: noteQuote })).toBeVisible();
    const noteName = (await note.getAttribute("aria-labelledby"))!;
    const number = (await page.locator(`[id="${noteName}"]`).textContent())!.replace("Accuracy note ", "");
    await page.getByRole("link", { name: `(end of passage; see accuracy note ${number})` }).click();
    await expect(page).toHaveURL(/#note-hsi-n-reporting-line$/);
    await expect(note).toBeInViewport();

    await page.getByRole("link", { name: "Practise as a quiz" }).click();
    await expect(page).toHaveURL(/\/quiz\/new\?sections=hsi$/);
  });

  test("a source link opens the section at the highlighted quote", async ({ page }) => {
    for (const [sectionId, quote] of [
      ["hsi", noteQuote],
      ["hsi", plainQuote],
      // On the parent's page, the quote is found in the sub-section's text.
      ["key-divisions", plainQuote],
    ] as const) {
      await page.goto(sourceLink(sectionId, quote));
      const mark = page.locator("mark#quote");
      await expect(mark).toHaveCount(1);
      await expect(mark).toHaveText(quote);
      await expect(mark).toHaveClass(/quote-highlight/);
      await expect(mark).toBeVisible();
      await expect(mark).toBeInViewport();
    }
    await expect(page.locator("section#hsi mark#quote")).toHaveCount(1);
  });

  test("an unknown or hostile quote just shows the page; an unknown section is a 404", async ({ page }) => {
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    for (const quote of ["not in the article at all", '<img src=x onerror="alert(1)">', "x".repeat(3000)]) {
      const response = await page.goto(sourceLink("hsi", quote));
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1, name: "Homeland Security Investigations (HSI)" })).toBeVisible();
      await expect(page.locator("mark#quote")).toHaveCount(0);
    }
    await expect(page.locator("img")).toHaveCount(0);
    expect(dialogs).toBe(0);

    const missing = await page.goto("/sections/no-such-section");
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });

  test("a top-level section shows its sub-sections' text, and the table of the removal process", async ({ page }) => {
    await page.goto("/sections/key-divisions");
    await expect(page.getByRole("heading", { level: 2, name: "Homeland Security Investigations (HSI)" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Enforcement and Removal Operations (ERO)" })).toBeVisible();
    await expect(page.getByRole("note", { name: /^Accuracy note/ })).toHaveCount(["key-divisions", "hsi", "ero"].reduce((n, id) => n + (content.banks.find((b) => b.bank.section === id)?.bank.notes.length ?? 0), 0));

    await page.goto("/sections/removal-process");
    const table = page.getByRole("table");
    await expect(table.getByRole("columnheader")).toHaveText(["Step", "Description"]);
    await expect(table.getByRole("row")).toHaveCount(7);
    await expect(page.getByRole("link", { name: "Practise as flashcards" })).toHaveAttribute("href", "/review?section=removal-process");
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`the reader pages have no axe violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      for (const path of ["/sections", "/sections/hsi", sourceLink("hsi", noteQuote), "/sections/key-divisions", "/sections/removal-process"]) {
        await page.goto(path);
        await expectNoAxeViolations(page, `${path} (${colorScheme})`);
      }
    });
  }
});
