import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/server/db";
import { seed } from "@/lib/db/seed";
import { loadContent } from "@/lib/content/load";
import { getArticleMeta, getSectionPage, listSectionOutline, type OutlineEntry } from "@/lib/server/data/sections";

// Counts every query the data layer sends, to prove the outline costs the same whatever the data.
const counter = vi.hoisted(() => ({ queries: 0 }));
vi.mock("@/lib/server/db", async (original) => {
  const real = await original<typeof import("@/lib/server/db")>();
  const counted = real.db.$extends({
    query: {
      $allModels: {
        async $allOperations({ args, query }) {
          counter.queries += 1;
          return query(args);
        },
      },
    },
  });
  return { ...real, db: counted };
});

const content = loadContent();
const bankOf = (sectionId: string) => content.banks.find((b) => b.bank.section === sectionId)!.bank;
const find = (outline: OutlineEntry[], id: string) => outline.flatMap((e) => [e, ...e.children]).find((s) => s.id === id);

let learner: { id: string };
let other: { id: string };
let hsiIds: string[];

async function answer(userId: string, questionId: string, correct: boolean) {
  await db.questionResult.create({ data: { userId, questionId, sectionId: "hsi", correct, score: correct ? 1 : 0, answeredAt: new Date() } });
}

beforeAll(async () => {
  await seed(db, { demoAccounts: false });
  learner = await db.user.create({ data: { email: "reader@example.com", name: "Reader", role: "student" } });
  other = await db.user.create({ data: { email: "other@example.com", name: "Other", role: "student" } });
  hsiIds = bankOf("hsi").questions.map((q) => q.id);
  // The learner: two right, one wrong. The other learner: every HSI question right.
  await answer(learner.id, hsiIds[0]!, true);
  await answer(learner.id, hsiIds[1]!, true);
  await answer(learner.id, hsiIds[2]!, false);
  for (const id of hsiIds) await answer(other.id, id, true);
});

describe("listSectionOutline", () => {
  it("lists the top-level sections in article order, each with its sub-sections", async () => {
    const outline = await listSectionOutline(learner.id);
    const top = content.sections.filter((s) => s.level === 1);
    expect(outline.map((e) => e.id)).toEqual(top.map((s) => s.id));
    for (const entry of outline) {
      expect(entry.children.map((c) => c.id)).toEqual(content.sections.filter((s) => s.parent === entry.id).map((s) => s.id));
    }
    expect(outline.find((e) => e.id === "key-divisions")?.children.map((c) => c.title)).toEqual(["Homeland Security Investigations (HSI)", "Enforcement and Removal Operations (ERO)"]);
  });

  it("counts each section's questions, flashcards and notes as written in its bank", async () => {
    const outline = await listSectionOutline(learner.id);
    for (const { bank } of content.banks) {
      expect(find(outline, bank.section)?.counts, bank.section).toEqual({ questions: bank.questions.length, flashcards: bank.flashcards.length, notes: bank.notes.length });
    }
  });

  it("gives each learner their own mastery: the share of live questions whose latest answer was right", async () => {
    const mine = find(await listSectionOutline(learner.id), "hsi")?.mastery;
    const theirs = find(await listSectionOutline(other.id), "hsi")?.mastery;
    expect(mine).toMatchObject({ mastered: 2, total: hsiIds.length });
    expect(theirs).toMatchObject({ mastered: hsiIds.length, total: hsiIds.length });
    expect(find(await listSectionOutline(learner.id), "ero")?.mastery).toMatchObject({ mastered: 0 });
  });

  it("leaves retired questions, flashcards and notes out of counts and mastery", async () => {
    const card = bankOf("hsi").flashcards[0]!.id;
    const note = bankOf("hsi").notes[0]!.id;
    await db.question.update({ where: { id: hsiIds[0]! }, data: { retiredAt: new Date() } });
    await db.flashcard.update({ where: { id: card }, data: { retiredAt: new Date() } });
    await db.note.update({ where: { id: note }, data: { retiredAt: new Date() } });
    try {
      const hsi = find(await listSectionOutline(learner.id), "hsi")!;
      expect(hsi.mastery).toMatchObject({ mastered: 1, total: hsiIds.length - 1 });
      expect(hsi.counts).toEqual({ questions: hsiIds.length - 1, flashcards: bankOf("hsi").flashcards.length - 1, notes: bankOf("hsi").notes.length - 1 });
      const page = await getSectionPage(learner.id, "hsi");
      expect(page?.notes.map((n) => n.id)).not.toContain(note);
      expect(page?.section.mastery).toMatchObject({ mastered: 1, total: hsiIds.length - 1 });
    } finally {
      await db.question.update({ where: { id: hsiIds[0]! }, data: { retiredAt: null } });
      await db.flashcard.update({ where: { id: card }, data: { retiredAt: null } });
      await db.note.update({ where: { id: note }, data: { retiredAt: null } });
    }
  });

  it("runs the same small number of queries however many answers and sections there are", async () => {
    const fresh = await db.user.create({ data: { email: "fresh@example.com", name: "Fresh", role: "student" } });
    counter.queries = 0;
    await listSectionOutline(fresh.id);
    const withoutAnswers = counter.queries;
    counter.queries = 0;
    await listSectionOutline(other.id);
    expect(counter.queries).toBe(withoutAnswers);
    expect(withoutAnswers).toBeGreaterThan(0);
    expect(withoutAnswers).toBeLessThanOrEqual(5);
  });
});

describe("getSectionPage", () => {
  it("is null for an unknown section", async () => {
    expect(await getSectionPage(learner.id, "no-such-section")).toBeNull();
  });

  it("gives a top-level section its text, its sub-sections' texts in order and all their notes", async () => {
    const page = await getSectionPage(learner.id, "key-divisions");
    expect(page?.section).toMatchObject({ id: "key-divisions", title: "Key Divisions within Immigration Police", parentId: null });
    expect(page?.section.body).toContain("several important divisions");
    expect(page?.parent).toBeNull();
    expect(page?.children.map((c) => c.id)).toEqual(["hsi", "ero"]);
    expect(page?.children[0]?.body).toContain("HSI reports directly to the Secretary of Homeland Security");
    const expected = ["key-divisions", "hsi", "ero"].flatMap((id) => content.banks.filter((b) => b.bank.section === id).flatMap((b) => b.bank.notes.map((n) => n.id)));
    expect(page?.notes.map((n) => n.id).sort()).toEqual(expected.sort());
    expect(page?.children[0]?.mastery).toMatchObject({ mastered: 2, total: hsiIds.length });
  });

  it("gives a sub-section its parent and only its own notes", async () => {
    const page = await getSectionPage(other.id, "hsi");
    expect(page?.parent).toEqual({ id: "key-divisions", title: "Key Divisions within Immigration Police" });
    expect(page?.children).toEqual([]);
    expect(new Set(page?.notes.map((n) => n.sectionId))).toEqual(new Set(["hsi"]));
    expect(page?.section.mastery).toMatchObject({ mastered: hsiIds.length, total: hsiIds.length });
  });

  it("runs a fixed number of queries", async () => {
    counter.queries = 0;
    await getSectionPage(other.id, "key-divisions");
    expect(counter.queries).toBeGreaterThan(0);
    expect(counter.queries).toBeLessThanOrEqual(6);
  });
});

describe("getArticleMeta", () => {
  it("reads the article's title and its source links", () => {
    const meta = getArticleMeta();
    expect(meta.title).toBe("U.S. Immigration Police: Roles and Responsibilities");
    expect(meta.sources).toHaveLength(6);
    expect(meta.sources[0]).toBe("https://www.ice.gov/about-ice/homeland-security-investigations");
    // The list includes a film page and off-topic news reports; the page says so.
    expect(meta.sourcesNote).toMatch(/film's page on IMDb/);
  });
});
