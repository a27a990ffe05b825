import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/lib/db/seed";
import { db } from "@/lib/server/db";
import { createCustomQuestion } from "@/lib/server/question-sets/questions";
import { makeSet, makeUser } from "@/tests/support/classes";
import { searchQuestions } from "./question-sets";

// The instructor's question browser: filters, whose questions show, and text search.

beforeAll(async () => {
  await seed(db, { demoAccounts: false });
});

describe("searchQuestions", () => {
  it("finds words in prompts whatever their case, on every engine", async () => {
    const teacher = await makeUser("instructor");
    const lower = await searchQuestions(teacher.id, { q: "removal" });
    const upper = await searchQuestions(teacher.id, { q: "REMOVAL" });
    expect(lower.length).toBeGreaterThan(0);
    expect(upper.map((r) => r.id)).toEqual(lower.map((r) => r.id));
    for (const row of lower) expect(row.prompt.toLowerCase()).toContain("removal");
  });

  it("filters by section, type and difficulty together", async () => {
    const teacher = await makeUser("instructor");
    const rows = await searchQuestions(teacher.id, { section: "ero", type: "single", difficulty: "medium" });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatchObject({ sectionId: "ero", type: "single", difficulty: "medium" });
  });

  it("shows the instructor's own questions but never another instructor's", async () => {
    const author = await makeUser("instructor");
    const set = await makeSet(author.id, "ero", 0);
    const saved = await createCustomQuestion(author.id, set.id, null, { type: "truefalse", prompt: "Zebra-striped question of mine", explanation: "Mine.", difficulty: "easy", answer: true });
    expect(saved.status).toBe("saved");
    expect((await searchQuestions(author.id, { q: "zebra-striped" })).map((r) => r.ownerId)).toEqual([author.id]);
    expect(await searchQuestions((await makeUser("instructor")).id, { q: "zebra-striped" })).toEqual([]);
  });
});
