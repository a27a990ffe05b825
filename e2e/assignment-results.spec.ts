import { expect, test, type Page } from "@playwright/test";
import { HOUR, newUser, post } from "./fixtures/api-users";
import { expectPhoneFriendly, phone, screenshotSizesAndSchemes } from "./fixtures/phone";
import { answerInPage, bankQuestions, currentQuestion } from "./quiz-fixtures";

// An assignment attempt's results lead on: back to the class, how many attempts are left, and
// "Try again" while another may start; with none left, no Try again.

// Answers the one question and finishes; lands on the results.
async function takeOnce(student: Page) {
  await expect(student.getByRole("heading", { name: "Question 1 of 1" })).toBeVisible();
  await answerInPage(student, await currentQuestion(student), true);
  await student.getByRole("button", { name: "Finish quiz" }).click();
  await expect(student.getByRole("heading", { name: "Results", level: 1 })).toBeVisible();
}

test("results of an assignment attempt: back to the class, attempts left, Try again", async ({ browser }) => {
  test.setTimeout(120_000);
  const teacher = await newUser(browser, "Instructor", "Rita Results");
  const klass = (await post(teacher, "/api/v1/classes", { name: "Results class" })).class as { id: string; joinCode: string };
  const set = (await post(teacher, "/api/v1/question-sets", { title: "One question" })).questionSet as { id: string };
  await post(teacher, `/api/v1/question-sets/${set.id}/items`, { kind: "question", questionId: bankQuestions.find((q) => q.type === "truefalse")!.id });
  await post(teacher, "/api/v1/assignments", {
    classId: klass.id,
    setId: set.id,
    title: "Two tries",
    timeZone: "UTC",
    attemptsAllowed: 2,
    lateWork: "accept",
    feedback: "immediately",
    opensAt: new Date(Date.now() - HOUR).toISOString(),
    dueAt: new Date(Date.now() + 24 * HOUR).toISOString(),
  });

  const student = await newUser(browser, "Student", "Tim Twice");
  await student.goto("/classes");
  await student.getByLabel("Class code").fill(klass.joinCode);
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByRole("heading", { level: 1, name: "Results class" })).toBeVisible();
  await student.getByRole("link", { name: "Two tries" }).click();
  await student.getByRole("button", { name: "Start", exact: true }).click();
  await takeOnce(student);

  const next = student.getByRole("region", { name: "Two tries in Results class" });
  await expect(next.getByTestId("attempts-left")).toHaveText("1 of 2 attempts left.");
  await expect(next.getByRole("link", { name: "Back to Results class" })).toHaveAttribute("href", `/classes/${klass.id}`);
  await screenshotSizesAndSchemes(student, "assignment results");
  await student.setViewportSize(phone);
  await expectPhoneFriendly(student, "assignment results on a phone");
  await next.getByRole("button", { name: "Try again" }).click();
  await takeOnce(student);
  await expect(next.getByTestId("attempts-left")).toHaveText("0 of 2 attempts left.");
  await expect(next.getByRole("button", { name: "Try again" })).toHaveCount(0);
  await next.getByRole("link", { name: "Back to Results class" }).click();
  await expect(student.getByRole("heading", { level: 1, name: "Results class" })).toBeVisible();
});
