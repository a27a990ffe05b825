import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./fixtures/accounts";
import { screenshotEveryWay } from "./fixtures/phone";
import { expectNoAxeViolations } from "./quiz-fixtures";

// A flashcard session from the keyboard only: show, grade, undo (U and Ctrl+Z), until "No cards due".

const card = (page: Page) => page.getByRole("article", { name: "Flashcard" });
// The heading's text as toHaveText reads it (textContent, spaces folded): innerText would break a
// cloze's blank over lines.
const front = async (page: Page) => ((await card(page).getByRole("heading").textContent()) ?? "").replace(/\s+/g, " ").trim();
const leftToday = (page: Page) => page.getByTestId("left-today");
// New + learning + review left, as the counts line shows them.
const cardsLeft = async (page: Page) => ((await leftToday(page).textContent()) ?? "").match(/\d+/g)!.reduce((sum, n) => sum + Number(n), 0);
const counts = (n: number, l: number, r: number) => new RegExp(`^Left today:\\s*${n} new\\W*${l} learning\\W*${r} review$`);

test.beforeEach(async ({ page }) => {
  await signUp(page, { name: "Card Reviewer", email: uniqueEmail("review"), password: "correct horse battery", role: "Student" });
});

test("keyboard-only session with undo, ending with No cards due", async ({ page }) => {
  // Three new cards a day keeps the session short.
  await page.goto("/settings");
  await page.getByLabel("New cards per day").fill("3");
  // A learn-ahead limit below the 10-minute step, so the session ends while a step is pending.
  await page.getByLabel("Learn-ahead limit (minutes)").fill("5");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await expectNoAxeViolations(page, "/settings");

  await page.goto("/review");
  await expect(leftToday(page)).toHaveText(counts(3, 0, 0));
  await expect(page.getByRole("button", { name: "Show answer" })).toBeFocused();
  await expectNoAxeViolations(page, "/review front");
  const first = await front(page);

  // Space shows the answer; each grade names its interval.
  await page.keyboard.press("Space");
  await expect(card(page).getByRole("region", { name: "Answer" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Again 1m$/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Good 10m$/ })).toBeFocused();
  await expect(page.getByRole("button", { name: /^Easy \d+d$/ })).toBeVisible();
  await expectNoAxeViolations(page, "/review answer");

  // 4 = Easy: the card graduates and the next one shows.
  await page.keyboard.press("4");
  await expect(leftToday(page)).toHaveText(counts(2, 0, 0));
  await expect(card(page).getByRole("heading")).not.toHaveText(first);

  // U undoes it: the same card is back, as new, and the count with it.
  await page.keyboard.press("u");
  await expect(page.getByRole("status").filter({ hasText: "Review undone" })).toBeVisible();
  await expect(leftToday(page)).toHaveText(counts(3, 0, 0));
  await expect(card(page).getByRole("heading")).toHaveText(first);
  await expect(page.getByRole("button", { name: "Show answer" })).toBeFocused();

  // Enter shows the answer too; grade all three cards Easy.
  for (let left = 3; left > 0; left--) {
    await expect(leftToday(page)).toHaveText(counts(left, 0, 0));
    await page.keyboard.press(left % 2 ? "Space" : "Enter");
    await expect(page.getByRole("button", { name: /^Easy/ })).toBeVisible();
    await page.keyboard.press("4");
  }
  await expect(page.getByRole("heading", { name: /No cards due/ })).toBeVisible();
  await expect(leftToday(page)).toHaveText(counts(0, 0, 0));

  // Ctrl+Z takes the last one back; Good puts it in a 10-minute learning step.
  await page.keyboard.press("Control+z");
  await expect(page.getByRole("button", { name: "Show answer" })).toBeVisible();
  await expect(leftToday(page)).toHaveText(counts(1, 0, 0));
  await page.keyboard.press("Space");
  await page.keyboard.press("3");
  await expect(page.getByRole("heading", { name: /No cards due right now/ })).toBeVisible();
  // The step is beyond the learn-ahead limit, so it is not counted yet (as in Anki).
  await expect(leftToday(page)).toHaveText(counts(0, 0, 0));
  await expect(page.getByText(/still in learning steps/)).toBeVisible();
  await expectNoAxeViolations(page, "/review done");

  // The progress page counts today's reviews: undone ones are gone (2 Easy and 1 Good remain).
  await page.goto("/progress");
  await expect(page.getByText(/Reviews in the last year: 3/)).toBeVisible();
  await expect(page.getByText(/Current streak: 1 day/)).toBeVisible();
  await expectNoAxeViolations(page, "/progress");
});

test("the end of a session sums it up: cards, time, again-rate and each grade", async ({ page }) => {
  await page.goto("/settings");
  await page.getByLabel("New cards per day").fill("3");
  // Again's 1-minute step comes back at once, Good's 10-minute step does not.
  await page.getByLabel("Learn-ahead limit (minutes)").fill("5");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await page.goto("/review");
  await expect(leftToday(page)).toHaveText(counts(3, 0, 0));
  // No summary while cards are due.
  await expect(page.getByRole("heading", { name: "This session" })).toHaveCount(0);

  // The first two cards shown are forgotten (Again), everything after is Easy: 3 cards, 5 reviews
  // (the two Again cards come back within the learn-ahead limit), 2 of them Again.
  let graded = 0;
  while (!(await page.getByRole("heading", { name: /No cards due/ }).isVisible())) {
    await page.getByRole("button", { name: "Show answer" }).click();
    await page.getByRole("button", { name: graded < 2 ? /^Again/ : /^Easy/ }).click();
    graded++;
    // The grade buttons go once the next card (or the end) is in.
    await expect(page.getByRole("button", { name: /^Again/ })).toHaveCount(0);
    expect(graded).toBeLessThan(10);
  }
  expect(graded).toBe(5);

  const summary = page.getByRole("region", { name: "This session" });
  await expect(summary.getByTestId("session-cards")).toHaveText("3");
  await expect(summary.getByText("5 reviews in all")).toBeVisible();
  await expect(summary.getByTestId("session-again-rate")).toHaveText("40%");
  await expect(summary.getByText("2 of 5 reviews answered Again")).toBeVisible();
  await expect(summary.getByText(/^\d+ (s|min)/).first()).toBeVisible();
  const grades = summary.getByRole("list", { name: "Grades given this session" }).getByRole("listitem");
  await expect(grades).toHaveText([/Again\s*2/, /Hard\s*0/, /Good\s*0/, /Easy\s*3/]);
  await screenshotEveryWay(page, "review session summary");

  // Undo takes the last review out of the summary as well as bringing its card back.
  await page.getByRole("button", { name: "Undo last review" }).click();
  await expect(page.getByRole("heading", { name: "This session" })).toHaveCount(0);
  await page.getByRole("button", { name: "Show answer" }).click();
  await page.getByRole("button", { name: /^Good/ }).click();
  await expect(page.getByRole("heading", { name: /No cards due right now/ })).toBeVisible();
  await expect(summary.getByTestId("session-again-rate")).toHaveText("40%");
  await expect(grades).toHaveText([/Again\s*2/, /Hard\s*0/, /Good\s*1/, /Easy\s*2/]);
});

test("bury and suspend take a card out of today's session", async ({ page }) => {
  await page.goto("/settings");
  await page.getByLabel("New cards per day").fill("2");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await page.goto("/review");
  const first = await front(page);
  await page.getByRole("button", { name: "Suspend card" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Card suspended" })).toBeVisible();
  await expect(card(page).getByRole("heading")).not.toHaveText(first);
  await page.keyboard.press("-");
  await expect(page.getByRole("status").filter({ hasText: "Card buried until tomorrow" })).toBeVisible();
  // The suspended card is listed in Settings and can come back.
  await page.goto("/settings");
  // Named by the card's front up to any cloze blank (Settings writes a blank as "[…]").
  const stem = first.split("[")[0]!.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  await page.getByRole("button", { name: new RegExp(`^Unsuspend: ${stem}`) }).click();
  await expect(page.getByText("Card unsuspended")).toBeVisible();
  await expect(page.getByText("No suspended cards.")).toBeVisible();
});

test("custom study ahead, forget and set due date from the review screen", async ({ page }) => {
  await page.goto("/settings");
  await page.getByLabel("New cards per day").fill("2");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await page.goto("/review");
  await expect(leftToday(page)).toHaveText(counts(2, 0, 0));

  // Easy graduates both cards to reviews a few days away: the day is done.
  for (let left = 2; left > 0; left--) {
    await expect(leftToday(page)).toHaveText(counts(left, 0, 0));
    await page.getByRole("button", { name: "Show answer" }).click();
    await page.getByRole("button", { name: /^Easy/ }).click();
  }
  await expect(page.getByRole("heading", { name: /No cards due/ })).toBeVisible();

  // Custom study, open once the day is done: review the next 30 days' cards now.
  await expectNoAxeViolations(page, "/review with custom study");
  await page.getByLabel("Cards due within (days)").fill("30");
  await page.getByRole("button", { name: "Review cards due soon" }).click();
  await expect(page).toHaveURL(/\/review\?ahead=30$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Review (ahead 30 days)");
  await expect(leftToday(page)).toHaveText(counts(0, 0, 2));

  // Forget starts a card over as new: it leaves the reviews.
  await page.getByText("More card actions").click();
  await page.getByText("Custom study").click();
  await screenshotEveryWay(page, "review with card actions and custom study open");
  await page.getByRole("button", { name: "Forget card" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Card forgotten" })).toBeVisible();
  await expect(leftToday(page)).toHaveText(/\b1 review$/);

  // Set due date 40 days out takes the card shown out of the 30-day window: one card is left.
  const before = await cardsLeft(page);
  await page.getByText("More card actions").click();
  await page.getByLabel("Due in (days, 0 = today)").fill("40");
  await page.getByRole("button", { name: "Set due date" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Due date set." })).toBeVisible();
  await expect.poll(() => cardsLeft(page)).toBe(before - 1);

  // Study more new cards: a section's cards beyond today's limit.
  await page.getByRole("link", { name: "Back to today's reviews" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Review");
  const section = page.getByLabel("From section");
  // Custom study starts folded while cards are due.
  if (!(await section.isVisible())) await page.getByText("Custom study").click();
  await section.selectOption({ index: 2 });
  await page.getByLabel("Extra new cards today").fill("2");
  await page.getByRole("button", { name: "Study new cards" }).click();
  await expect(page).toHaveURL(/extraNew=2$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Review: .+ \(2 extra new cards\)$/);
  await expect(leftToday(page)).toHaveText(/:\s*2 new/);
});

test("a card graded in another tab is refused with a clear message, not graded twice", async ({ page, context }) => {
  await page.goto("/review");
  const other = await context.newPage();
  await other.goto("/review");
  const first = await front(page);
  await expect(card(other).getByRole("heading")).toHaveText(first);

  await page.keyboard.press("Space");
  await page.keyboard.press("3");
  await expect(leftToday(page)).toHaveText(counts(19, 1, 0));

  // The second tab still shows the old version of that card.
  await other.keyboard.press("Space");
  await other.keyboard.press("3");
  await expect(other.getByRole("status").filter({ hasText: "This card was already reviewed in another tab" })).toBeVisible();
  // It reloaded: the card is no longer offered, and only one review was counted.
  await expect(card(other).getByRole("heading")).not.toHaveText(first);
  await expect(leftToday(other)).toHaveText(counts(19, 1, 0));
});

test.describe("in Tokyo", () => {
  test.use({ timezoneId: "Asia/Tokyo" });

  test("the browser's time zone is the default for study days", async ({ page }) => {
    await page.goto("/settings");
    await expect(page.getByLabel("Time zone")).toHaveValue("Asia/Tokyo");
    await page.goto("/progress");
    await expect(page.getByText("Days are study days in Asia/Tokyo")).toBeVisible();
  });
});
