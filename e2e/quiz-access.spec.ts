import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./fixtures/accounts";
import { createAttemptViaApi } from "./quiz-fixtures";

// Who may see what: signed-out visitors go to sign-in (pages) or get 401 (API); another learner's
// attempt does not exist for you.

test("signed out: pages send you to sign-in and the API answers 401", async ({ page }) => {
  for (const path of ["/quiz/new?sections=hsi", "/quiz/cabc123", "/quiz/cabc123/results", "/history"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/sign-in\?callbackUrl=/);
  }
  const response = await page.request.post("/api/v1/quiz-attempts", { data: { mode: "practice", sectionIds: [], count: 1 } });
  expect(response.status()).toBe(401);
});

test("another learner's attempt is not found, in the pages and the API", async ({ browser }) => {
  const owner = await browser.newContext();
  const ownerPage = await owner.newPage();
  await signUp(ownerPage, { name: "Owner", email: uniqueEmail("owner"), password: "correct horse battery", role: "Student" });
  const attempt = await createAttemptViaApi(ownerPage, { mode: "exam", sectionIds: ["hsi"], count: 2 });

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signUp(otherPage, { name: "Other", email: uniqueEmail("other"), password: "correct horse battery", role: "Student" });
  for (const path of [`/quiz/${attempt.id}`, `/quiz/${attempt.id}/results`]) {
    const response = await otherPage.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(otherPage.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
  expect((await otherPage.request.get(`/api/v1/quiz-attempts/${attempt.id}`)).status()).toBe(404);
  expect((await otherPage.request.post(`/api/v1/quiz-attempts/${attempt.id}/finish`)).status()).toBe(404);
  // The owner still has it, unfinished.
  const mine = await ownerPage.request.get(`/api/v1/quiz-attempts/${attempt.id}`);
  expect(await mine.json()).toMatchObject({ attempt: { status: "in-progress" } });
  await owner.close();
  await other.close();
});
