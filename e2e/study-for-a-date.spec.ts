import { expect, test, type Browser, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./fixtures/accounts";
import { screenshotEveryWay } from "./fixtures/phone";
import { bankQuestions, expectNoAxeViolations } from "./quiz-fixtures";

// Study for a date: an instructor assigns a set due in 10 days; the student sees the predicted
// recall of its material on the due date, reviews ahead, and the instructor's "Class readiness"
// shows the student. The instructor sets up through the JSON API; both read the pages.

const DAY = 86_400_000;

async function newUser(browser: Browser, role: "Student" | "Instructor", name: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signUp(page, { name, email: uniqueEmail(role.toLowerCase()), password: "correct horse battery", role });
  return page;
}

async function post(page: Page, url: string, data: unknown): Promise<Record<string, unknown>> {
  const res = await page.request.post(url, { data });
  expect(res.status(), `${url}: ${await res.text()}`).toBeLessThan(300);
  return (await res.json()) as Record<string, unknown>;
}

test("predicted recall on the due date, review ahead, and the class's readiness", async ({ browser }) => {
  test.setTimeout(180_000);
  const teacher = await newUser(browser, "Instructor", "Dana Deadline");
  const klass = (await post(teacher, "/api/v1/classes", { name: "Deadline class" })).class as { id: string; joinCode: string };
  const set = (await post(teacher, "/api/v1/question-sets", { title: "Three questions" })).questionSet as { id: string };
  for (const question of bankQuestions.filter((q) => q.type === "truefalse").slice(0, 3)) await post(teacher, `/api/v1/question-sets/${set.id}/items`, { kind: "question", questionId: question.id });
  const assignment = (
    await post(teacher, "/api/v1/assignments", {
      classId: klass.id,
      setId: set.id,
      title: "Due in ten days",
      opensAt: new Date(Date.now() - DAY).toISOString(),
      dueAt: new Date(Date.now() + 10 * DAY).toISOString(),
      timeZone: "UTC",
      attemptsAllowed: null,
      gradingMethod: "highest",
      feedback: "immediately",
      lateWork: "accept",
    })
  ).assignment as { id: string };

  const student = await newUser(browser, "Student", "Rory Ready");
  await student.goto("/classes");
  await student.getByLabel("Class code").fill(klass.joinCode);
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByRole("heading", { level: 1, name: "Deadline class" })).toBeVisible();
  // Saved settings first: a first visit to /review adopts the browser's zone and reloads the session.
  await student.goto("/settings");
  await student.getByRole("button", { name: "Save settings" }).click();
  await expect(student.getByText("Settings saved.")).toBeVisible();

  // Nothing studied yet: 0% on the due date.
  await student.goto(`/assignments/${assignment.id}`);
  await expect(student.getByText(/Predicted recall on the due date: \d+(\.\d)?%/)).toHaveText("Predicted recall on the due date: 0%");
  await expectNoAxeViolations(student, "/assignments/[id] with readiness");

  // Review ahead: the target's cards, studied now.
  await student.getByRole("button", { name: "Review ahead" }).click();
  await expect(student).toHaveURL(/\/review\?target=assignment%3A|\/review\?target=assignment:/);
  await expect(student.getByRole("heading", { level: 1, name: "Review ahead" })).toBeVisible();
  await student.getByRole("button", { name: "Show answer" }).click();
  // The grade is made in the browser and reaches the server through the outbox, in the background:
  // wait for the server to have it before reading the prediction on another page.
  const synced = student.waitForResponse((response) => response.url().endsWith("/api/v1/reviews/batch") && response.ok());
  await student.getByRole("button", { name: /^Good / }).click();
  await synced;
  await expect(student.getByRole("button", { name: "Show answer" }).or(student.getByRole("heading", { name: /No cards due/ }))).toBeVisible();

  // One card learnt: the prediction rises above 0%.
  await student.goto(`/assignments/${assignment.id}`);
  await expect(student.getByText(/Predicted recall on the due date: \d+(\.\d)?%/)).not.toHaveText("Predicted recall on the due date: 0%");

  // The instructor sees the student in the class's readiness.
  await teacher.goto(`/teach/assignments/${assignment.id}`);
  const readiness = teacher.getByRole("region", { name: "Class readiness" });
  await expect(readiness.getByRole("heading", { name: "Class readiness" })).toBeVisible();
  await expect(readiness.getByRole("rowheader", { name: "Rory Ready" })).toBeVisible();
  await expect(readiness.getByText(/Class mean: \d+(\.\d)?%/)).toBeVisible();
  await expectNoAxeViolations(teacher, "/teach/assignments/[id] with class readiness");

  // The instructor chooses the target recall in the assignment's form; out of range is refused.
  await teacher.goto(`/teach/assignments/${assignment.id}/edit`);
  const recall = teacher.getByLabel("Target recall on the due date (%)");
  await expect(recall).toHaveValue("90");
  await recall.fill("100");
  await teacher.getByRole("button", { name: "Save changes" }).click();
  await expect(teacher.getByText("Target recall must be between 70% and 99%.")).toBeVisible();
  await screenshotEveryWay(teacher, "assignment form target recall refused");
  await teacher.getByLabel("Target recall on the due date (%)").fill("80");
  await teacher.getByRole("button", { name: "Save changes" }).click();
  await expect(teacher).toHaveURL(new RegExp(`/teach/assignments/${assignment.id}$`));
  await expect(teacher.getByRole("region", { name: "Class readiness" }).getByText(/The goal is 80%/)).toBeVisible();

  // The learner sees and changes the cap on study-target cards per day.
  await student.goto("/settings");
  const cap = student.getByLabel("Study-target cards per day");
  await expect(cap).toHaveValue("20");
  await cap.fill("5");
  await student.getByRole("button", { name: "Save settings" }).click();
  await expect(student.getByText("Settings saved.")).toBeVisible();
  await student.reload();
  await expect(student.getByLabel("Study-target cards per day")).toHaveValue("5");
  await student.getByLabel("Study-target cards per day").scrollIntoViewIfNeeded();
  await screenshotEveryWay(student, "settings target cards per day");

  // Load balancing (on by default) and easy days, in the same form.
  await expect(student.getByLabel(/^Load balancing/)).toBeChecked();
  await student.getByLabel("Saturday").selectOption("Minimum");
  await student.getByRole("button", { name: "Save settings" }).click();
  await expect(student.getByText("Settings saved.")).toBeVisible();
  await student.reload();
  await expect(student.getByLabel("Saturday")).toHaveValue("0");
  await student.getByRole("group", { name: "Workload" }).scrollIntoViewIfNeeded();
  await screenshotEveryWay(student, "settings workload");

  // The simulator under the target on /progress: the chart and its table of choices.
  await student.goto("/progress");
  await expect(student.getByRole("img", { name: /^Simulated reviews per day for Due in ten days/ })).toBeVisible();
  const choices = student.getByRole("table", { name: "Simulated choices for Due in ten days" });
  // A header row and at least one row per desired retention compared (80% to 95%).
  await expect(choices.getByRole("row").nth(4)).toBeVisible();
  await expect(choices.getByRole("cell", { name: "90% (yours)" }).first()).toBeVisible();
  await expect(choices.getByRole("cell", { name: /^\d+(\.\d)?%$/ }).first()).toBeVisible();
  await student.getByRole("img", { name: /^Simulated reviews per day/ }).scrollIntoViewIfNeeded();
  await screenshotEveryWay(student, "progress simulator");
});
