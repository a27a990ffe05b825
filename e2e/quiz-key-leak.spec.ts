import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./fixtures/accounts";
import { createAttemptViaApi, questionById } from "./quiz-fixtures";

// The answer key never reaches the browser before the question is answered: neither in the page's
// HTML nor in its RSC payload (what client-side navigation fetches), in practice or in an exam.

test.beforeEach(async ({ page }) => {
  await signUp(page, { name: "Key Seeker", email: uniqueEmail("leak"), password: "correct horse battery", role: "Student" });
});

const json = (text: string) => JSON.stringify(text).slice(1, -1);
const htmlEscape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");
// Whether the text is in the body as written, HTML-escaped, or inside (nested) JSON strings.
const contains = (body: string, text: string) => [text, htmlEscape(text), json(text), json(json(text))].some((form) => body.includes(form));

const keyFields = /\\?"(correct|answers|explanation|quote|pairs|rightAnswer|reveal)\\?"\s*:/;

// Everything that would give an answer away: any "correct" flag or key field, and the explanations,
// quotes and accepted typed answers of the given questions. Failures name what leaked, not the body.
// Not `strict`: once a practice question is answered its own feedback is on the page, and its quote
// may overlap another question's, so only field names and quotes are skipped.
function expectNoKey(body: string, questionIds: string[], what: string, strict = true) {
  if (strict) expect(body.match(keyFields)?.[0] ?? null, `${what}: key field`).toBeNull();
  const prompts = questionIds.map((id) => questionById(id).prompt);
  for (const id of questionIds) {
    const q = questionById(id);
    expect(contains(body, q.explanation), `${what}: explanation of ${id}`).toBe(false);
    // A quote that a prompt repeats word for word is on the page anyway; any other would be a leak.
    if (strict && !prompts.some((p) => p.includes(q.quote))) expect(contains(body, q.quote), `${what}: quote of ${id}`).toBe(false);
    if (q.type === "typed") for (const a of q.answers) expect(body.toLowerCase().includes(`"${a.toLowerCase()}"`), `${what}: accepted answer of ${id}`).toBe(false);
  }
}

// Some well-formed answer to the question (right or wrong does not matter here).
function anyAnswer(questionId: string) {
  const q = questionById(questionId);
  switch (q.type) {
    case "single":
      return { type: "single", choice: 0 };
    case "multiple":
      return { type: "multiple", choices: [0] };
    case "truefalse":
      return { type: "truefalse", value: true };
    case "typed":
      return { type: "typed", text: "no idea" };
    case "ordering":
      return { type: "ordering", order: q.items.map((_, i) => i) };
    case "matching":
      return { type: "matching", matches: q.pairs.map((_, i) => i) };
  }
}

for (const mode of ["practice", "exam"] as const) {
  test(`${mode}: no key in the HTML or the RSC payload before answering`, async ({ page }) => {
    const attempt = await createAttemptViaApi(page, { mode, sectionIds: ["hsi"], count: 16 });
    const ids = attempt.items.map((i) => i.question.id);
    for (const q of [1, 2, attempt.total]) {
      const html = await (await page.request.get(`/quiz/${attempt.id}?q=${q}`)).text();
      expect(html.replaceAll("<!-- -->", "").includes(`Question ${q} of ${attempt.total}`), "the page shows the question").toBe(true);
      expectNoKey(html, ids, `HTML of question ${q}`);
      const rsc = await page.request.get(`/quiz/${attempt.id}?q=${q}`, { headers: { RSC: "1" } });
      expect(rsc.headers()["content-type"]).toContain("text/x-component");
      expectNoKey(await rsc.text(), ids, `RSC payload of question ${q}`);
    }
    // Control: once question 1 is answered, practice shows its explanation (so the checks above can
    // see a key when there is one) and an exam still does not.
    const first = attempt.items[0]!;
    const answered = await page.request.post(`/api/v1/quiz-attempts/${attempt.id}/answers`, { data: { answerId: crypto.randomUUID(), position: 0, answer: anyAnswer(first.question.id) } });
    expect(answered.status()).toBe(201);
    const after = await (await page.request.get(`/quiz/${attempt.id}?q=1`, { headers: { RSC: "1" } })).text();
    expect(contains(after, questionById(first.question.id).explanation), "explanation after answering").toBe(mode === "practice");
    const afterHtml = await (await page.request.get(`/quiz/${attempt.id}?q=1`)).text();
    expect(keyFields.test(afterHtml), "key fields in the HTML after answering").toBe(mode === "practice");
    if (mode === "exam") expectNoKey(after, ids, "exam RSC payload after answering question 1");
    else expectNoKey(after, ids.slice(1), "practice RSC payload after answering question 1", false);
  });
}

test("nothing in the page marks the right option, and option order differs between attempts", async ({ page }) => {
  // hsi-q-parent-agency is single choice; its right option is listed first in the bank.
  const positions = new Set<number>();
  for (let i = 0; i < 6; i++) {
    const attempt = await createAttemptViaApi(page, { mode: "practice", sectionIds: ["hsi"], count: 16, types: ["single"] });
    const item = attempt.items.find((it) => it.question.id === "hsi-q-parent-agency")!;
    const question = questionById("hsi-q-parent-agency");
    if (question.type !== "single") throw new Error("expected single choice");
    const right = question.options.find((o) => o.correct)!.text;
    positions.add(item.question.options!.findIndex((o) => o.text === right));
    const rsc = await (await page.request.get(`/quiz/${attempt.id}?q=${item.position + 1}`, { headers: { RSC: "1" } })).text();
    // Every option appears with the same shape (index and text only): nothing sets the right one apart.
    for (const option of question.options) {
      const at = rsc.indexOf(json(option.text));
      expect(at, option.text).toBeGreaterThan(-1);
      expect(rsc.slice(Math.max(0, at - 40), at + option.text.length + 40)).not.toMatch(/correct|right|key/i);
    }
  }
  expect(positions.size).toBeGreaterThan(1);
});

// The key-leak walk: with an exam running and every question answered, every page a student can
// open (HTML and RSC payload), every JSON GET and the data export carry no key, no verdict, no
// score and no stored layout. Pages that show the article or flashcards carry its quotes (public
// text), so only key fields and explanations are checked there.
test("exam in progress: no page, payload, API response or export tells a key or a verdict", async ({ page }) => {
  const attempt = await createAttemptViaApi(page, { mode: "exam", sectionIds: ["hsi"], count: 8 });
  const ids = attempt.items.map((i) => i.question.id);
  for (const item of attempt.items) {
    const saved = await page.request.post(`/api/v1/quiz-attempts/${attempt.id}/answers`, { data: { answerId: crypto.randomUUID(), position: item.position, answer: anyAnswer(item.question.id) } });
    expect(saved.status()).toBe(201);
    expect((await saved.json()).item.result).toBeNull();
  }
  const strictPages = ["/dashboard", "/history", "/progress", "/quiz/new", "/account", ...attempt.items.map((i) => `/quiz/${attempt.id}?q=${i.position + 1}`)];
  const articlePages = ["/sections", "/sections/hsi", "/review"];
  for (const [paths, strict] of [[strictPages, true], [articlePages, false]] as const) {
    for (const path of paths) {
      const html = await page.request.get(path);
      expect(html.status(), path).toBe(200);
      expectNoKey(await html.text(), ids, `HTML of ${path}`, strict);
      expectNoKey(await (await page.request.get(path, { headers: { RSC: "1" } })).text(), ids, `RSC payload of ${path}`, strict);
    }
  }
  for (const path of [`/api/v1/quiz-attempts/${attempt.id}`, "/api/v1/account/export"]) {
    const body = await (await page.request.get(path)).text();
    expectNoKey(body, ids, path);
    expect(/"(layout|score)"\s*:\s*[^n\s]/.exec(body)?.[0] ?? null, `${path}: a layout or a score`).toBeNull();
  }
  // The results page of a running exam sends the learner back to the question.
  await page.goto(`/quiz/${attempt.id}/results`);
  await expect(page).toHaveURL(new RegExp(`/quiz/${attempt.id}(\\?|$)`));
});
