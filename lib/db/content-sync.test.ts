import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { syncContent } from "@/lib/db/content-sync";
import { db } from "@/lib/server/db";

// Loading content by stable id: idempotent, edits update in place, removals retire.

const content = loadContent();

beforeAll(async () => {
  await syncContent(db, content);
});

describe("content sync", () => {
  it("loads every section, question and flashcard, and a second run changes nothing", async () => {
    const questions = content.banks.reduce((n, b) => n + b.bank.questions.length, 0);
    expect(await db.section.count()).toBe(content.sections.length);
    expect(await db.question.count()).toBe(questions);
    const again = await syncContent(db, content);
    expect(again.created + again.updated + again.retired).toBe(0);
  });

  it("updates an edited question in place and retires a removed one, keeping its row", async () => {
    const [first, ...rest] = content.banks;
    const [edited, removed, ...others] = first!.bank.questions;
    const changed = {
      ...content,
      banks: [{ ...first!, bank: { ...first!.bank, questions: [{ ...edited!, prompt: `${edited!.prompt} (edited)` }, ...others] } }, ...rest],
    };
    const summary = await syncContent(db, changed);
    expect(summary).toMatchObject({ updated: 1, retired: 1 });
    expect((await db.question.findUnique({ where: { id: edited!.id } }))?.prompt).toMatch(/\(edited\)$/);
    const gone = await db.question.findUnique({ where: { id: removed!.id } });
    expect(gone?.retiredAt).not.toBeNull();

    // Putting it back brings it back.
    await syncContent(db, content);
    expect((await db.question.findUnique({ where: { id: removed!.id } }))?.retiredAt).toBeNull();
  });
});
