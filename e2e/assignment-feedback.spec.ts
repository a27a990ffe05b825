import { expect, test, type Page } from "@playwright/test";
import { HOUR, newUser, post } from "./fixtures/api-users";
import { answerInPage, bankQuestions, currentQuestion } from "./quiz-fixtures";

// "When feedback is shown", as students meet it: "after the due date" shows only the score until no
// one can submit any more (the due date, or the cut-off while late work is accepted) and everything
// from then on; "never" keeps the answers back. The instructor
// sets up through the JSON API; the student works in the browser.

// Takes the assignment: every question answered right, then finished.
async function take(student: Page, title: string) {
  await student.goto("/dashboard");
  await student.getByRole("link", { name: title }).click();
  await student.getByRole("button", { name: "Start", exact: true }).click();
  await expect(student).toHaveURL(/\/quiz\/[^/]+$/);
  for (let q = 1; q <= 2; q++) {
    await expect(student.getByRole("heading", { name: `Question ${q} of 2` })).toBeVisible();
    await answerInPage(student, await currentQuestion(student), true);
    if (q < 2) await student.getByRole("button", { name: "Next question" }).click();
  }
  await student.getByRole("button", { name: "Finish quiz" }).click();
  await expect(student.getByRole("heading", { name: "Results" })).toBeVisible();
  await expect(student.getByText("Score: 2 / 2")).toBeVisible();
}

test("feedback after the due date and never, as the student sees it", async ({ browser }) => {
  test.setTimeout(180_000);
  const teacher = await newUser(browser, "Instructor", "Fay Feedback");
  const klass = (await post(teacher, "/api/v1/classes", { name: "Feedback class" })).class as { id: string; joinCode: string };
  const set = (await post(teacher, "/api/v1/question-sets", { title: "Two questions" })).questionSet as { id: string };
  for (const question of bankQuestions.filter((q) => q.type === "truefalse").slice(0, 2)) await post(teacher, `/api/v1/question-sets/${set.id}/items`, { kind: "question", questionId: question.id });
  const assign = (title: string, rules: Record<string, unknown>) =>
    post(teacher, "/api/v1/assignments", { classId: klass.id, setId: set.id, title, timeZone: "UTC", attemptsAllowed: null, lateWork: "accept", ...rules });
  await assign("Due tomorrow", { opensAt: new Date(Date.now() - HOUR).toISOString(), dueAt: new Date(Date.now() + 24 * HOUR).toISOString(), feedback: "after_due" });
  // Due yesterday, late work accepted until a cut-off a minute from now.
  const cutoffAt = new Date(Date.now() + 60_000);
  await assign("Was due yesterday", { opensAt: new Date(Date.now() - 48 * HOUR).toISOString(), dueAt: new Date(Date.now() - 24 * HOUR).toISOString(), cutoffAt: cutoffAt.toISOString(), feedback: "after_due" });
  await assign("Never shown", { opensAt: new Date(Date.now() - HOUR).toISOString(), dueAt: new Date(Date.now() + 24 * HOUR).toISOString(), feedback: "never" });

  const student = await newUser(browser, "Student", "Sol Student");
  await student.goto("/classes");
  await student.getByLabel("Class code").fill(klass.joinCode);
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByRole("heading", { level: 1, name: "Feedback class" })).toBeVisible();

  // Before the due date: the score, not the answers.
  await take(student, "Due tomorrow");
  await expect(student.getByText(/the answers are not shown yet/)).toBeVisible();
  await expect(student.getByText("Right answer", { exact: true })).toHaveCount(0);

  // After the due date, while late work is still accepted: still the score alone (a classmate could
  // still hand in); from the cut-off on, the answers with their explanations.
  await take(student, "Was due yesterday");
  await expect(student.getByText(/the answers are not shown yet/)).toBeVisible();
  await expect(student.getByText("Right answer", { exact: true })).toHaveCount(0);
  const results = student.url();
  await student.waitForTimeout(Math.max(0, cutoffAt.getTime() - Date.now() + 1000));
  await student.goto(results);
  await expect(student.getByText(/the answers are not shown yet/)).toHaveCount(0);
  await expect(student.getByText("Right answer", { exact: true })).toHaveCount(2);
  await expect(student.getByRole("link", { name: "Read this in the article" }).first()).toBeVisible();

  // Never: the score only.
  await take(student, "Never shown");
  await expect(student.getByText(/the answers are not shown yet/)).toBeVisible();
  await expect(student.getByText("Right answer", { exact: true })).toHaveCount(0);
});
