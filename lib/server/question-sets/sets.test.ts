import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/lib/db/seed";
import { db } from "@/lib/server/db";
import { createCustomQuestion } from "./questions";
import { getSetEditor, getSetPreview } from "./sets";
import { makeUser } from "@/tests/support/classes";

// The set editor and the student preview, against the real content.

beforeAll(async () => {
  await seed(db, { demoAccounts: false });
});

async function setWithEverything() {
  const teacher = await makeUser("instructor");
  const single = await db.question.findFirstOrThrow({ where: { type: "single", ownerId: null, retiredAt: null }, orderBy: { position: "asc" } });
  const retired = await db.question.findFirstOrThrow({ where: { type: "typed", ownerId: null }, orderBy: { position: "asc" } });
  await db.question.update({ where: { id: retired.id }, data: { retiredAt: new Date() } });
  const set = await db.questionSet.create({ data: { ownerId: teacher.id, title: "Mixed", items: { create: [{ position: 0, kind: "question", questionId: single.id }] } } });
  // The instructor's own question is appended at position 1.
  const own = await createCustomQuestion(teacher.id, set.id, null, { type: "multiple", prompt: "Which are DHS agencies?", explanation: "Secret explanation text.", difficulty: "easy", options: [{ text: "ICE", correct: true }, { text: "CBP", correct: true }, { text: "FBI", correct: false }] });
  if (own.status !== "saved") throw new Error("not saved");
  await db.questionSetItem.createMany({
    data: [
      { setId: set.id, position: 2, kind: "random", sectionId: "hsi", count: 2 },
      { setId: set.id, position: 3, kind: "question", questionId: retired.id },
    ],
  });
  return { teacher, set, single, own, retired };
}

describe("set preview", () => {
  it("shows what a student sees: prompts and options, never the key or the explanation", async () => {
    const { teacher, set, single } = await setWithEverything();
    const preview = (await getSetPreview(teacher.id, set.id))!;
    // Fixed (2, the retired one left out) plus a sample draw of 2 from the rule.
    expect(preview.questions).toHaveLength(4);
    expect(preview.questions.filter((q) => q.fromRule !== null)).toHaveLength(2);
    const json = JSON.stringify(preview);
    expect(json).not.toContain('"correct"');
    expect(json).not.toContain("Secret explanation text.");
    expect(json).not.toContain(JSON.parse(single.data).explanation);
    expect(json).toContain("Which are DHS agencies?");
    // "Show answers" asks for the keys: each question comes with its own.
    const keyed = (await getSetPreview(teacher.id, set.id, { withKeys: true }))!;
    expect(keyed.questions.every((q) => q.key?.id === q.view.id)).toBe(true);
    expect(JSON.stringify(keyed)).toContain("Secret explanation text.");
  });

  it("is another instructor's 404 (null)", async () => {
    const { set } = await setWithEverything();
    const other = await makeUser("instructor");
    expect(await getSetPreview(other.id, set.id)).toBeNull();
    expect(await getSetEditor(other.id, set.id)).toBeNull();
  });
});

describe("set editor", () => {
  it("describes each item and marks a retired question as skipped", async () => {
    const { teacher, set, own, retired } = await setWithEverything();
    const editor = (await getSetEditor(teacher.id, set.id))!;
    expect(editor.items.map((i) => (i.kind === "random" ? `${i.count} from ${i.sectionTitle}` : `${i.questionId}:${i.unavailable}`))).toEqual([
      expect.stringMatching(/:false$/),
      `${own.status === "saved" ? own.id : ""}:false`,
      expect.stringMatching(/^2 from /),
      `${retired.id}:true`,
    ]);
    expect(editor.items[1]).toMatchObject({ own: true, type: "multiple" });
  });
});
