import { expect, test, type Browser, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./fixtures/accounts";
import { colorSchemes, desktop, expectPhoneFriendly, phone, screenshot } from "./fixtures/phone";
import { answerInPage, bankQuestions, createAttemptViaApi, currentQuestion } from "./quiz-fixtures";

// The app on a 390×844 phone, light and dark, as a student and as an instructor: every main page is
// axe clean, fits the width (no sideways scroll), and every visible control is at least 44×44 px. On
// /review the grade buttons are on screen, without scrolling, once the answer shows.

const HOUR = 3_600_000;

// Each test makes its own accounts; the light and dark walks take minutes each, so they may run on
// both workers at once rather than one after the other.
test.describe.configure({ mode: "parallel" });

async function newUser(browser: Browser, colorScheme: "light" | "dark", role: "Student" | "Instructor", name: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: phone, colorScheme, hasTouch: true, isMobile: true })).newPage();
  await signUp(page, { name, email: uniqueEmail(`phone-${role.toLowerCase()}`), password: "correct horse battery", role });
  return page;
}

async function post(page: Page, url: string, data: unknown): Promise<Record<string, unknown>> {
  const res = await page.request.post(url, { data });
  expect(res.status(), `${url}: ${await res.text()}`).toBeLessThan(300);
  return (await res.json()) as Record<string, unknown>;
}

// Visits each path and checks it; the checks are soft, so one run lists every page's problems.
async function visitAll(page: Page, paths: string[], label: string) {
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    await test.step(path, () => expectPhoneFriendly(page, `${label} ${path}`, { soft: true }));
  }
}

for (const colorScheme of colorSchemes) {
  test(`main pages on a phone (${colorScheme})`, async ({ browser }) => {
    test.setTimeout(300_000);
    const teacher = await newUser(browser, colorScheme, "Instructor", "Pat Phone");
    const klass = (await post(teacher, "/api/v1/classes", { name: "Phone class" })).class as { id: string; joinCode: string };
    const set = (await post(teacher, "/api/v1/question-sets", { title: "Phone set" })).questionSet as { id: string };
    for (const question of bankQuestions.filter((q) => q.type === "truefalse").slice(0, 2)) await post(teacher, `/api/v1/question-sets/${set.id}/items`, { kind: "question", questionId: question.id });
    const assignment = (await post(teacher, "/api/v1/assignments", {
      classId: klass.id,
      setId: set.id,
      title: "Phone homework",
      timeZone: "UTC",
      attemptsAllowed: null,
      lateWork: "accept",
      opensAt: new Date(Date.now() - HOUR).toISOString(),
      dueAt: new Date(Date.now() + 24 * HOUR).toISOString(),
      feedback: "immediately",
    })).assignment as { id: string };

    const student = await newUser(browser, colorScheme, "Student", "Sam Phone");
    expect((await student.request.post("/api/v1/classes/join", { data: { code: klass.joinCode } })).status()).toBe(200);
    // A finished practice quiz (results and history have something to show) and one in progress.
    const done = await createAttemptViaApi(student, { mode: "practice", sectionIds: ["hsi"], count: 1, types: ["truefalse"] });
    await student.goto(`/quiz/${done.id}`);
    await answerInPage(student, await currentQuestion(student), true);
    await student.getByRole("button", { name: "Check answer" }).click();
    await student.getByRole("button", { name: "Finish quiz" }).click();
    await expect(student.getByRole("heading", { name: "Results" })).toBeVisible();
    const open = await createAttemptViaApi(student, { mode: "practice", sectionIds: ["hsi"], count: 3, types: ["single", "multiple", "matching", "ordering"] });
    await student.goto(`/quiz/${open.id}`);
    await expect(student.getByText(/^Keys: 1–9/)).toBeHidden();
    // A matching question: its selects are as wide as their longest option unless held in.
    const matching = await createAttemptViaApi(student, { mode: "practice", sectionIds: ["hsi"], count: 1, types: ["matching"] });

    await visitAll(
      student,
      ["/dashboard", "/sections", "/sections/hsi", "/quiz/new", `/quiz/${open.id}`, `/quiz/${matching.id}`, `/quiz/${done.id}/results`, "/history", "/progress", "/review", "/classes", `/classes/${klass.id}`, `/assignments/${assignment.id}`, "/settings", "/account"],
      `student ${colorScheme}`,
    );
    await visitAll(
      teacher,
      ["/dashboard", "/teach", `/teach/classes/${klass.id}`, `/teach/classes/${klass.id}/gradebook`, `/teach/sets/${set.id}`, `/teach/sets/${set.id}/preview`, `/teach/sets/${set.id}/questions/new`, `/teach/assignments/${assignment.id}`, `/teach/assignments/${assignment.id}/edit`],
      `instructor ${colorScheme}`,
    );
    const visitor = await (await browser.newContext({ viewport: phone, colorScheme, hasTouch: true, isMobile: true })).newPage();
    await visitAll(visitor, ["/", "/sign-in", "/sign-up", "/forgot-password"], `visitor ${colorScheme}`);
  });

  test(`review on a phone: the grades are on screen once the answer shows (${colorScheme})`, async ({ browser }) => {
    const student = await newUser(browser, colorScheme, "Student", "Rae Review");
    await student.goto("/review");
    const show = student.getByRole("button", { name: "Show answer" });
    await expect(show).toBeInViewport({ ratio: 1 });
    await show.click();
    const grades = student.getByRole("group", { name: "How well did you remember?" });
    for (const name of [/^Again/, /^Hard/, /^Good/, /^Easy/]) await expect(grades.getByRole("button", { name })).toBeInViewport({ ratio: 1 });
    expect(await student.evaluate(() => window.scrollY)).toBe(0);
    // No keyboard on a touch screen: no keyboard shortcuts either.
    await expect(student.getByText("Keyboard shortcuts")).toBeHidden();
    await expectPhoneFriendly(student, `review answer ${colorScheme}`);
    // At desktop size the grades sit under the card, in the page's flow.
    await student.setViewportSize(desktop);
    await expect(grades).toBeVisible();
    expect(await grades.evaluate((e) => getComputedStyle(e.parentElement!).position)).toBe("static");
    await screenshot(student, `review answer desktop ${colorScheme}`);
  });
}

// The header's links on a phone: behind a labelled menu button that works from the keyboard.
test("the header menu on a phone, from the keyboard", async ({ browser }) => {
  const student = await newUser(browser, "light", "Student", "Mo Menu");
  const nav = student.getByRole("navigation", { name: "Main" });
  const toggle = student.getByRole("button", { name: "Menu", exact: true });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(nav.getByRole("link", { name: "Progress" })).toBeHidden();
  await toggle.focus();
  await student.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(nav.getByRole("link", { name: "Progress" })).toBeVisible();
  await expectPhoneFriendly(student, "header menu open");
  // Escape closes it and gives focus back to the button.
  await student.keyboard.press("Escape");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(toggle).toBeFocused();
  await student.keyboard.press("Enter");
  await student.keyboard.press("Tab");
  await expect(nav.getByRole("link", { name: "Sections" })).toBeFocused();
  await student.keyboard.press("Enter");
  await expect(student).toHaveURL(/\/sections$/);
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  // At desktop size there is no Menu button: the links are always there.
  await student.setViewportSize(desktop);
  await expect(toggle).toBeHidden();
  await expect(nav.getByRole("link", { name: "Progress" })).toBeVisible();
  await screenshot(student, "header desktop");
});

// /progress on a phone after one review: it fits, the heatmap opens at today, the forecast's labels
// are readable, and one review reads "on 1 day".
for (const colorScheme of colorSchemes) {
  test(`progress on a phone (${colorScheme})`, async ({ browser }) => {
    const student = await newUser(browser, colorScheme, "Student", "Pia Progress");
    await student.goto("/review");
    await student.getByRole("button", { name: "Show answer" }).click();
    // Graded in the browser, saved through the outbox in the background: wait for the server's copy.
    const synced = student.waitForResponse((response) => response.url().endsWith("/api/v1/reviews/batch") && response.ok());
    await student.getByRole("button", { name: /^Good/ }).click();
    await synced;
    await expect(student.getByTestId("left-today")).toBeVisible();
    await student.goto("/progress");
    await expect(student.getByRole("img", { name: /^Reviews per day over the last year: 1 review on 1 day, at most 1 in a day\.$/ })).toBeVisible();
    // It scrolls, and opens with today's square (the last) in view and a year ago's out of it.
    const heatmap = student.getByRole("group", { name: "Reviews per day: tap a day or use the arrow keys" });
    expect(await heatmap.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
    // Today's column (the picture's right end) is in view, the start of the year is not.
    const [picture, view] = [(await heatmap.locator("svg").boundingBox())!, (await heatmap.boundingBox())!];
    expect(picture.x + picture.width).toBeLessThanOrEqual(view.x + view.width + 1);
    expect(picture.x).toBeLessThan(view.x);
    for (const label of await student.getByTestId("forecast-label").all()) {
      expect(Number.parseFloat(await label.evaluate((e) => getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(12);
      await expect(label).toBeInViewport({ ratio: 1 });
    }
    await expectPhoneFriendly(student, `progress ${colorScheme}`);
  });
}
