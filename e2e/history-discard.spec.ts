import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./fixtures/accounts";
import { desktop, expectPhoneFriendly, phone, screenshotSizesAndSchemes } from "./fixtures/phone";

// History says what each quiz covered (sections, questions, score or progress), and a practice quiz
// left unfinished can be resumed to finish it or discarded; an exam cannot be discarded.

test("history rows name their sections; an unfinished practice quiz is discarded, an exam is not", async ({ page }) => {
  await signUp(page, { name: "History Keeper", email: uniqueEmail("history"), password: "correct horse battery", role: "Student" });
  const start = async (mode: "practice" | "exam") => {
    const response = await page.request.post("/api/v1/quiz-attempts", { data: { mode, sectionIds: ["hsi"], count: 2, types: ["truefalse"], ...(mode === "exam" ? { timeLimitMinutes: 30 } : {}) } });
    expect(response.status()).toBe(201);
    return ((await response.json()) as { attempt: { id: string } }).attempt.id;
  };
  await start("exam");
  const practice = await start("practice");
  const saved = await page.request.post(`/api/v1/quiz-attempts/${practice}/answers`, { data: { answerId: crypto.randomUUID(), position: 0, answer: { type: "truefalse", value: true } } });
  expect(saved.ok()).toBe(true);

  await page.goto("/history");
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(3);
  const practiceRow = rows.filter({ hasText: "Practice" });
  await expect(practiceRow).toContainText("Homeland Security Investigations (HSI)");
  await expect(practiceRow).toContainText("In progress (1 of 2 answered)");
  await expect(practiceRow.getByRole("link", { name: /^Resume or finish/ })).toHaveAttribute("href", `/quiz/${practice}`);
  const examRow = rows.filter({ hasText: "Exam" });
  await expect(examRow.getByRole("button", { name: /^Discard/ })).toHaveCount(0);
  await screenshotSizesAndSchemes(page, "history");
  await page.setViewportSize(phone);
  await expectPhoneFriendly(page, "history on a phone");
  await page.setViewportSize(desktop);

  await practiceRow.getByRole("button", { name: /^Discard the quiz/ }).click();
  await practiceRow.getByRole("button", { name: /^Discard its answers/ }).click();
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole("table")).not.toContainText("Practice");
  // Gone for good: its page is not found.
  const gone = await page.goto(`/quiz/${practice}`);
  expect(gone?.status()).toBe(404);
});
