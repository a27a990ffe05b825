import fs from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./fixtures/accounts";
import { screenshotEveryWay } from "./fixtures/phone";
import { answerInPage, currentQuestion, expectNoAxeViolations } from "./quiz-fixtures";

// The instructor journey end to end: a class and an assignment; a student joins with the code,
// takes it and sees the feedback the instructor chose; the instructor sees the grade, the item
// statistics and downloads the CSV. Also: what a student may not reach.

const ZONE = "Europe/Paris";
test.use({ timezoneId: ZONE });

// A datetime-local value for `date` as a clock in ZONE shows it.
function localInput(date: Date): string {
  const parts = Object.fromEntries(new Intl.DateTimeFormat("en-US", { timeZone: ZONE, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }).formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

async function newUser(browser: Browser, role: "Student" | "Instructor", name: string): Promise<Page> {
  const context = await browser.newContext({ timezoneId: ZONE });
  const page = await context.newPage();
  await signUp(page, { name, email: uniqueEmail(role.toLowerCase()), password: "correct horse battery", role });
  return page;
}

test("instructor assigns a set; a student joins, takes it and sees feedback; the instructor grades and exports", async ({ browser }) => {
  test.setTimeout(180_000);
  const teacher = await newUser(browser, "Instructor", "Irene Teacher");

  // A class, with its join code.
  await teacher.goto("/teach");
  await expectNoAxeViolations(teacher, "/teach");
  await teacher.getByLabel("Class name").fill("Civics period 2");
  await teacher.getByRole("button", { name: "Create class" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Civics period 2" })).toBeVisible();
  const code = (await teacher.getByLabel("Join code").innerText()).trim();
  expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
  const classUrl = teacher.url();
  await expectNoAxeViolations(teacher, "class page");

  // A question set: two true/false questions from the banks, reordered from the keyboard.
  await teacher.goto("/teach");
  await teacher.getByLabel("Set title").fill("Week 1 check");
  await teacher.getByRole("button", { name: "New question set" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Week 1 check" })).toBeVisible();
  await teacher.getByLabel("Type").selectOption("truefalse");
  await teacher.getByRole("button", { name: "Filter" }).click();
  await expect(teacher).toHaveURL(/type=truefalse/);
  const results = teacher.getByRole("region", { name: "Add questions from the banks" }).getByRole("listitem");
  const firstPrompt = (await results.nth(0).locator("p").first().innerText()).split("\n")[0]!;
  const secondPrompt = (await results.nth(1).locator("p").first().innerText()).split("\n")[0]!;
  await results.nth(0).getByRole("button", { name: /^Add/ }).click();
  await expect(results.nth(0).getByText("In the set")).toBeVisible();
  await results.nth(1).getByRole("button", { name: /^Add/ }).click();
  await expect(results.nth(1).getByText("In the set")).toBeVisible();
  const items = teacher.getByRole("region", { name: /^Items/ }).getByRole("listitem");
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText(firstPrompt);
  await teacher.getByRole("button", { name: "Move item 2 up" }).focus();
  await teacher.keyboard.press("Enter");
  await expect(items.nth(0)).toContainText(secondPrompt);
  await expect(teacher.getByRole("button", { name: "Move item 1 down" })).toBeFocused();
  await expectNoAxeViolations(teacher, "set editor");
  await teacher.getByRole("link", { name: "Preview as a student" }).click();
  await expect(teacher.getByRole("group", { name: new RegExp(`Question 1: ${escape(secondPrompt)}`) })).toBeVisible();
  await expectNoAxeViolations(teacher, "set preview");

  // Assign it, open from an hour ago to tomorrow (typed in the instructor's zone).
  await teacher.goto(classUrl);
  await teacher.getByLabel("Question set").selectOption({ label: "Week 1 check" });
  await teacher.getByLabel("Title").fill("Homework 1");
  await teacher.getByLabel("Opens at").fill(localInput(new Date(Date.now() - 3_600_000)));
  await teacher.getByLabel("Due at").fill(localInput(new Date(Date.now() + 86_400_000)));
  await teacher.getByLabel("Time limit (minutes)").fill("30");
  await teacher.getByLabel("Attempts allowed").fill("2");
  await teacher.getByLabel("Show feedback").selectOption("immediately");
  await teacher.getByRole("button", { name: "Assign" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Homework 1" })).toBeVisible();
  const reportUrl = teacher.url();

  // The student joins with the code and sees the assignment on the dashboard.
  const student = await newUser(browser, "Student", "Sami Student");
  await student.goto("/classes");
  await expectNoAxeViolations(student, "/classes");
  await student.getByLabel("Class code").fill(code.toLowerCase());
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByRole("heading", { level: 1, name: "Civics period 2" })).toBeVisible();
  await student.goto("/dashboard");
  await expect(student.getByRole("region", { name: /^Open/ })).toContainText("Homework 1");
  await expectNoAxeViolations(student, "dashboard with assignments");

  // Takes it: the first question right, the second wrong.
  await student.getByRole("link", { name: "Homework 1" }).click();
  await expectNoAxeViolations(student, "assignment page");
  await student.getByRole("button", { name: "Start", exact: true }).click();
  await expect(student).toHaveURL(/\/quiz\/[^/]+$/);
  await answerInPage(student, await currentQuestion(student), true);
  await student.getByRole("button", { name: "Next question" }).click();
  await expect(student.getByRole("heading", { name: "Question 2 of 2" })).toBeVisible();
  await answerInPage(student, await currentQuestion(student), false);
  await student.getByRole("button", { name: "Finish quiz" }).click();
  // Feedback "immediately": the score and the marked answers with explanations.
  await expect(student.getByRole("heading", { name: "Results" })).toBeVisible();
  await expect(student.getByText("Score: 1 / 2")).toBeVisible();
  await expect(student.getByText(/answers are not shown/)).toHaveCount(0);
  await student.goto("/dashboard");
  await expect(student.getByRole("region", { name: /^Done/ })).toContainText("Homework 1");

  // What a student may not reach.
  const forbidden = await student.goto("/teach");
  expect(forbidden?.status()).toBe(403);
  await expect(student.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  expect((await student.goto(classUrl))?.status()).toBe(403);
  const classId = classUrl.split("/").pop()!;
  expect((await student.request.get(`/api/v1/classes/${classId}/gradebook.csv`)).status()).toBe(403);

  // The instructor sees the grade, the statistics and downloads the CSV.
  await teacher.goto(reportUrl);
  // The attempts table (Class readiness below it has a row for her too).
  await expect(teacher.getByRole("row", { name: /Sami Student/ }).first()).toContainText("50%");
  await expect(teacher.getByRole("heading", { name: "Class readiness" })).toBeVisible();
  await expect(teacher.getByRole("heading", { name: "Item statistics" })).toBeVisible();
  await expect(teacher.getByText("Facility index")).toHaveCount(2);
  await expect(teacher.getByText("Flag: Facility over 95%")).toBeVisible();
  await expectNoAxeViolations(teacher, "assignment report");
  await teacher.goto(`${classUrl}/gradebook`);
  await expect(teacher.getByRole("row", { name: /Sami Student/ })).toContainText("50%");
  await expect(teacher.getByRole("row", { name: /Sami Student/ })).toContainText("1 / 2 points");
  await expect(teacher.getByRole("row", { name: /Class average/ })).toContainText("50%");
  await expect(teacher.getByRole("row", { name: /Class average/ })).toContainText("of 1 graded");
  await expect(teacher.getByRole("row", { name: /Median/ })).toContainText("50%");
  // The student's row opens their record: an extra attempt for them alone, shown in the gradebook.
  await teacher.getByRole("link", { name: "Sami Student" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Sami Student" })).toBeVisible();
  await expect(teacher.getByText("50% (1 / 2 points)")).toBeVisible();
  const extension = teacher.getByRole("form", { name: "Extension on Homework 1" });
  await extension.getByLabel("Extra attempts").fill("1");
  await extension.getByRole("button", { name: "Save extension" }).click();
  await expect(extension.getByRole("status")).toHaveText("Extension saved.");
  await teacher.reload();
  await expect(teacher.getByText("Extension: the class's due date, 1 extra attempt")).toBeVisible();
  // A grade of the instructor's own needs a reason, which the audit log keeps; it can be taken back.
  const grading = teacher.getByRole("form", { name: "Grade for Homework 1" });
  await grading.getByLabel("Grade (%)").fill("80");
  await grading.getByRole("button", { name: "Save grade" }).click();
  await expect(grading.getByText("Say why: it goes in the audit log.")).toBeVisible();
  await grading.getByLabel("Reason").fill("Oral retake");
  await grading.getByRole("button", { name: "Save grade" }).click();
  await expect(grading.getByRole("status")).toHaveText("Grade saved.");
  await teacher.reload();
  await expect(teacher.getByText("80% (1.6 / 2 points) · set by you: Oral retake")).toBeVisible();
  await screenshotEveryWay(teacher, "student record");
  await teacher.getByRole("link", { name: /^Gradebook of/ }).click();
  await expect(teacher.getByRole("row", { name: /Sami Student/ })).toContainText("extended");
  await expect(teacher.getByRole("row", { name: /Sami Student/ })).toContainText("80%");
  await expect(teacher.getByRole("row", { name: /Sami Student/ })).toContainText("set by you");
  await expect(teacher.getByRole("row", { name: /Class average/ })).toContainText("80%");
  await teacher.goto(`${classUrl}/audit`);
  await expect(teacher.getByText("On “Homework 1”: 80%. Reason: Oral retake.")).toBeVisible();
  await teacher.goto(`${classUrl}/gradebook`);
  await teacher.getByRole("link", { name: "Sami Student" }).click();
  await teacher.getByRole("form", { name: "Grade for Homework 1" }).getByRole("button", { name: "Use the attempts' grade" }).click();
  await expect(teacher.getByRole("form", { name: "Grade for Homework 1" }).getByRole("status")).toHaveText("Back to the grade from the attempts.");
  await teacher.getByRole("link", { name: /^Gradebook of/ }).click();
  await expect(teacher.getByRole("row", { name: /Sami Student/ })).toContainText("50%");
  await expectNoAxeViolations(teacher, "gradebook");
  const [download] = await Promise.all([teacher.waitForEvent("download"), teacher.getByRole("link", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("gradebook-civics-period-2.csv");
  const csv = fs.readFileSync((await download.path())!, "utf8");
  expect(csv).toContain("Student,Email,Homework 1 (%),Homework 1 late");
  expect(csv).toMatch(/Sami Student,[^,]+,50,/);

  // The instructor gives a second attempt, then deletes the assignment (and its attempts).
  await teacher.goto(reportUrl);
  await teacher.getByRole("link", { name: "Edit assignment" }).click();
  await expect(teacher.getByRole("heading", { name: "Edit assignment" })).toBeVisible();
  await expect(teacher.getByLabel("Title")).toHaveValue("Homework 1");
  await expectNoAxeViolations(teacher, "edit assignment");
  await teacher.getByLabel("Attempts allowed").fill("2");
  await teacher.getByRole("button", { name: "Save changes" }).click();
  await expect(teacher).toHaveURL(reportUrl);
  await expect(teacher.getByRole("definition").filter({ hasText: /^2$/ })).toBeVisible();
  await teacher.getByText("Delete this assignment").click();
  await expect(teacher.getByText("deletes the 1 attempt students made at it")).toBeVisible();
  await teacher.getByRole("button", { name: "Delete assignment" }).click();
  await expect(teacher).toHaveURL(classUrl);
  await expect(teacher.getByText("Homework 1")).toHaveCount(0);
  await student.goto("/dashboard");
  await expect(student.getByText("Homework 1")).toHaveCount(0);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

test("another instructor's class is a 404; an instructor visiting /classes goes to /teach", async ({ browser }) => {
  const owner = await newUser(browser, "Instructor", "Owner Teacher");
  await owner.goto("/teach");
  await owner.getByLabel("Class name").fill("Private class");
  await owner.getByRole("button", { name: "Create class" }).click();
  await expect(owner.getByRole("heading", { level: 1, name: "Private class" })).toBeVisible();
  const classUrl = owner.url();
  const classId = classUrl.split("/").pop()!;

  // The owner writes a question of their own (no quote) into a new set.
  await owner.goto("/teach");
  await owner.getByRole("button", { name: "New question set" }).click();
  await expect(owner.getByRole("heading", { level: 1, name: "Untitled set" })).toBeVisible();
  const setUrl = owner.url();
  await owner.getByRole("link", { name: "Write a question" }).click();
  await expectNoAxeViolations(owner, "write a question");
  await owner.getByLabel("Question type").selectOption("truefalse");
  await owner.getByLabel("Question", { exact: true }).fill("Removal proceedings take place before an immigration judge.");
  await owner.getByRole("radio", { name: "True", exact: true }).check();
  await owner.getByLabel("Explanation").fill("Immigration judges of the Justice Department hear removal cases.");
  await owner.getByRole("button", { name: "Save question" }).click();
  await expect(owner).toHaveURL(setUrl);
  await expect(owner.getByRole("region", { name: /^Items/ }).getByRole("listitem")).toContainText(["Removal proceedings take place before an immigration judge."]);

  const other = await newUser(browser, "Instructor", "Other Teacher");
  expect((await other.goto(setUrl))?.status()).toBe(404);
  expect((await other.goto(classUrl))?.status()).toBe(404);
  expect((await other.goto(`${classUrl}/gradebook`))?.status()).toBe(404);
  expect((await other.request.get(`/api/v1/classes/${classId}/gradebook.csv`)).status()).toBe(404);
  await other.goto("/teach");
  await expect(other.getByText("Private class")).toHaveCount(0);
  await other.goto("/classes");
  await expect(other).toHaveURL(/\/teach$/);

  const outsider = await newUser(browser, "Student", "Out Sider");
  expect((await outsider.goto(`/classes/${classId}`))?.status()).toBe(404);
  await outsider.goto("/classes");
  await outsider.getByLabel("Class code").fill("ZZZZ2222");
  await outsider.getByRole("button", { name: "Join class" }).click();
  await expect(outsider.getByText("No class takes this code.", { exact: true })).toBeVisible();

  // The owner renames the class, then deletes the set and the class.
  await owner.goto(classUrl);
  await owner.getByLabel("Class name").fill("Private class B");
  await owner.getByRole("button", { name: "Rename" }).click();
  await expect(owner.getByRole("status").filter({ hasText: "Name saved." })).toBeVisible();
  await owner.reload();
  await expect(owner.getByRole("heading", { level: 1, name: "Private class B" })).toBeVisible();
  await owner.goto(setUrl);
  await owner.getByText("Delete this set").click();
  await owner.getByRole("button", { name: "Delete set" }).click();
  await expect(owner).toHaveURL(/\/teach$/);
  expect((await owner.goto(setUrl))?.status()).toBe(404);
  await owner.goto(classUrl);
  await owner.getByText("Delete this class").click();
  await expectNoAxeViolations(owner, "class page with the delete section open");
  await owner.getByRole("button", { name: "Delete class" }).click();
  await expect(owner).toHaveURL(/\/teach$/);
  await expect(owner.getByText("Private class B")).toHaveCount(0);
});
