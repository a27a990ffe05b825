import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./fixtures/accounts";
import { screenshot, screenshotEveryWay } from "./fixtures/phone";

// Writing a question: one field per option with a "right answer" control; a refused save says what
// is wrong in words, each message once, and puts the focus on the first field to fix.

test("an instructor writes a single choice question option by option; errors are worded, once, and focused", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, { name: "Wren Writer", email: uniqueEmail("writer"), password: "correct horse battery", role: "Instructor" });
  const created = await page.request.post("/api/v1/question-sets", { data: { title: "Written set" } });
  expect(created.status()).toBe(201);
  const setId = ((await created.json()) as { questionSet: { id: string } }).questionSet.id;
  await page.goto(`/teach/sets/${setId}/questions/new`);

  const options = page.getByRole("group", { name: "Options" });
  await expect(options.getByRole("textbox")).toHaveCount(4);
  await screenshotEveryWay(page, "write question");

  // One option only, marked right: refused with worded messages, each once; focus on the first.
  await page.getByLabel("Question", { exact: true }).fill("Which agency runs removals?");
  await page.getByLabel("Explanation").fill("Enforcement and Removal Operations carries out removals.");
  await page.getByLabel("Option 1", { exact: true }).fill("ERO");
  await page.getByRole("radio", { name: "Right answer: option 1" }).check();
  await page.getByRole("button", { name: "Save question" }).click();
  await expect(page.getByText("Give at least 2 options.")).toHaveCount(1);
  await expect(page.getByText(/Too small|expected array/)).toHaveCount(0);
  await expect(page.getByLabel("Option 1", { exact: true })).toBeFocused();
  await expect(page.getByLabel("Option 1", { exact: true })).toHaveValue("ERO");
  await screenshot(page, "write question errors");

  // An empty question is named first, and gets the focus.
  await page.getByLabel("Question", { exact: true }).fill("");
  await page.getByRole("button", { name: "Save question" }).click();
  await expect(page.getByText("Write the question.")).toHaveCount(1);
  await expect(page.getByLabel("Question", { exact: true })).toBeFocused();

  // Fixed: a second and third option (one added with the button), the right one marked.
  await page.getByLabel("Question", { exact: true }).fill("Which agency runs removals?");
  await page.getByLabel("Option 2", { exact: true }).fill("HSI");
  await page.getByLabel("Option 3", { exact: true }).fill("CBP");
  await page.getByRole("button", { name: "Remove option 4" }).click();
  await page.getByRole("button", { name: "Add option" }).click();
  await page.getByLabel("Option 4", { exact: true }).fill("USCIS");
  await page.getByRole("radio", { name: "Right answer: option 1" }).check();
  await page.getByRole("button", { name: "Save question" }).click();
  await expect(page).toHaveURL(new RegExp(`/teach/sets/${setId}$`));
  await expect(page.getByRole("region", { name: /^Items/ })).toContainText("Which agency runs removals?");
});
