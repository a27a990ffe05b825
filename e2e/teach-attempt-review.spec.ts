import { expect, test } from "@playwright/test";
import { HOUR, newUser, post } from "./fixtures/api-users";
import { screenshotEveryWay } from "./fixtures/phone";
import type { Question } from "@/lib/schemas/content";
import { answerInPage, bankQuestions, currentQuestion } from "./quiz-fixtures";

// The instructor reviews a student's attempt answer by answer (Moodle's "review attempt"): the
// student's answer, the key, the verdict and the points, even when the assignment shows students
// nothing; nobody else may open it.

test("the instructor reviews a student's attempt answer by answer; others are refused", async ({ browser }) => {
  test.setTimeout(120_000);
  const teacher = await newUser(browser, "Instructor", "Rhea Reviewer");
  const klass = (await post(teacher, "/api/v1/classes", { name: "Review class" })).class as { id: string; joinCode: string };
  const set = (await post(teacher, "/api/v1/question-sets", { title: "Three questions" })).questionSet as { id: string };
  const picked = [bankQuestions.find((q) => q.type === "truefalse")!, bankQuestions.find((q) => q.type === "single")!, bankQuestions.filter((q) => q.type === "truefalse")[1]!];
  for (const q of picked) await post(teacher, `/api/v1/question-sets/${set.id}/items`, { kind: "question", questionId: q.id });
  const assignment = (
    await post(teacher, "/api/v1/assignments", {
      classId: klass.id,
      setId: set.id,
      title: "Checked quietly",
      timeZone: "UTC",
      lateWork: "accept",
      feedback: "never",
      opensAt: new Date(Date.now() - HOUR).toISOString(),
      dueAt: new Date(Date.now() + 24 * HOUR).toISOString(),
    })
  ).assignment as { id: string };

  // The student answers the first question shown right, the second wrong, and leaves the third.
  const student = await newUser(browser, "Student", "Sam Submitter");
  await student.goto("/classes");
  await student.getByLabel("Class code").fill(klass.joinCode);
  await student.getByRole("button", { name: "Join class" }).click();
  await student.getByRole("link", { name: "Checked quietly" }).click();
  await student.getByRole("button", { name: "Start", exact: true }).click();
  await expect(student.getByRole("heading", { name: "Question 1 of 3" })).toBeVisible();
  const first = await currentQuestion(student);
  await answerInPage(student, first, true);
  await student.getByRole("button", { name: "Next question" }).click();
  await expect(student.getByRole("heading", { name: "Question 2 of 3" })).toBeVisible();
  const second = await currentQuestion(student);
  await answerInPage(student, second, false);
  await student.getByRole("button", { name: "Next question" }).click();
  await expect(student.getByRole("heading", { name: "Question 3 of 3" })).toBeVisible();
  const third = await currentQuestion(student);
  await student.getByRole("button", { name: "Finish quiz" }).click();
  await student.getByRole("button", { name: "Finish anyway" }).click();
  await expect(student.getByRole("heading", { name: "Results", level: 1 })).toBeVisible();

  // From the assignment report, the attempt opens its review.
  await teacher.goto(`/teach/assignments/${assignment.id}`);
  await teacher.getByRole("link", { name: "Review Sam Submitter's attempt 1" }).click();
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("Sam Submitter: Checked quietly");
  const url = teacher.url();
  await expect(teacher.getByTestId("attempt-score")).toHaveText("1 / 3 points (33.3%)");
  const answers = teacher.getByRole("list", { name: "Answers" }).getByRole("listitem").filter({ has: teacher.getByRole("heading", { level: 2 }) });
  await expect(answers).toHaveCount(3);
  const right = (q: Question) => (q.type === "truefalse" ? (q.answer ? "True" : "False") : q.type === "single" ? q.options.find((o) => o.correct)!.text : "");
  const expectations = [
    [first, "Correct · 1 / 1 points", right(first)],
    [second, "Incorrect · 0 / 1 points", right(second)],
    [third, "Not answered", right(third)],
  ] as const;
  for (const [i, [question, verdict, key]] of expectations.entries()) {
    const answer = answers.nth(i);
    await expect(answer.getByRole("heading")).toHaveText(`Question ${i + 1}`);
    await expect(answer.getByText(question.prompt)).toBeVisible();
    await expect(answer.getByTestId("verdict")).toHaveText(verdict);
    await expect(answer.getByRole("definition").nth(1)).toHaveText(key);
  }
  await expect(answers.nth(2).getByRole("definition").first()).toHaveText("No answer");
  await screenshotEveryWay(teacher, "instructor reviews an attempt");

  // The student's page in the gradebook links the same review.
  const studentId = (await teacher.getByRole("link", { name: "Sam Submitter in Review class" }).getAttribute("href"))!;
  await teacher.goto(studentId);
  await teacher.getByRole("link", { name: "Review attempt 1" }).click();
  await expect(teacher).toHaveURL(url);

  // The student (even its owner) gets the instructors-only page; another instructor a 404.
  const path = new URL(url).pathname;
  expect((await student.request.get(path, { maxRedirects: 0 })).status()).toBe(403);
  const other = await newUser(browser, "Instructor", "Otto Outsider");
  expect((await other.request.get(path, { maxRedirects: 0 })).status()).toBe(404);
  // An attempt id under an assignment it does not belong to is not found either.
  const [, , , , attemptId] = path.split("/").slice(1);
  const elsewhere = (await post(teacher, "/api/v1/assignments", {
    classId: klass.id,
    setId: set.id,
    title: "Another one",
    timeZone: "UTC",
    lateWork: "accept",
    feedback: "never",
    opensAt: new Date(Date.now() - HOUR).toISOString(),
    dueAt: new Date(Date.now() + 24 * HOUR).toISOString(),
  })).assignment as { id: string };
  expect((await teacher.request.get(`/teach/assignments/${elsewhere.id}/attempts/${attemptId}`, { maxRedirects: 0 })).status()).toBe(404);
});
