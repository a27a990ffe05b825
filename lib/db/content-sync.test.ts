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

  it("retires a removed flashcard and keeps the learners' cards of it", async () => {
    const [first, ...rest] = content.banks;
    const [removed, ...others] = first!.bank.flashcards;
    const user = await db.user.create({ data: { email: "sync-learner@example.com", name: "learner", role: "student" } });
    const card = await db.card.create({
      data: { userId: user.id, flashcardId: removed!.id, sectionId: first!.bank.section, position: 0, state: "review", due: new Date("2026-05-04T09:00:00Z"), stability: 3, difficulty: 5, elapsedDays: 1, scheduledDays: 3, learningSteps: 0, reps: 2, lapses: 0 },
    });
    const summary = await syncContent(db, { ...content, banks: [{ ...first!, bank: { ...first!.bank, flashcards: others } }, ...rest] });
    expect(summary).toMatchObject({ retired: 1 });
    expect((await db.flashcard.findUnique({ where: { id: removed!.id } }))?.retiredAt).not.toBeNull();
    expect(await db.card.findUnique({ where: { id: card.id } })).toMatchObject({ flashcardId: removed!.id, reps: 2 });

    await syncContent(db, content);
    expect((await db.flashcard.findUnique({ where: { id: removed!.id } }))?.retiredAt).toBeNull();
  });
});
