import { describe, expect, it } from "vitest";
import { buildAudit, countBySection } from "@/lib/domain/content-report";
import type { BankFile, Section } from "@/lib/domain/content-rules";

const sections: Section[] = [
  { id: "key-divisions", title: "Key Divisions", level: 1, parent: null, order: 6, body: "ICE has divisions." },
  { id: "hsi", title: "HSI", level: 2, parent: "key-divisions", order: 7, body: "HSI is part of ICE." },
];
const common = { explanation: "Because.", difficulty: "easy", quote: "HSI is part of ICE." } as const;
const banks: BankFile[] = [
  {
    file: "banks/hsi.yaml",
    bank: {
      section: "hsi",
      notes: [{ id: "hsi-n-a", quote: "HSI", text: "Record.", source: "https://www.ice.gov/" }],
      questions: [
        { ...common, id: "hsi-q-a", type: "typed", prompt: "HSI is part of ____.", answers: ["ICE"] },
        { ...common, id: "hsi-q-b", type: "single", prompt: "HSI is part of?", options: [{ text: "ICE", correct: true }, { text: "CBP", correct: false }] },
      ],
      flashcards: [{ id: "hsi-f-a", kind: "basic", front: "HSI is part of?", back: "ICE", quote: "HSI is part of ICE." }],
    },
  },
  { file: "banks/ghost.yaml", bank: { section: "ghost", notes: [], questions: [], flashcards: [] } },
];

describe("countBySection", () => {
  it("counts per section in article order, zeros included, unknown sections last", () => {
    const { rows, totals } = countBySection(sections, banks);
    expect(rows.map((r) => [r.sectionId, r.questions, r.flashcards, r.notes])).toEqual([
      ["key-divisions", 0, 0, 0],
      ["hsi", 2, 1, 1],
      ["ghost", 0, 0, 0],
    ]);
    expect(rows[2]?.title).toBe("(unknown section)");
    expect(totals).toEqual({ questions: 2, flashcards: 1, notes: 1 });
  });
});

describe("buildAudit", () => {
  it("lists sections, questions and flashcards without any answer key", () => {
    const audit = buildAudit(sections, banks);
    expect(audit).toEqual({
      sections: [
        { id: "key-divisions", title: "Key Divisions", parentId: null },
        { id: "hsi", title: "HSI", parentId: "key-divisions" },
      ],
      questions: [
        { id: "hsi-q-a", sectionId: "hsi", type: "typed", quote: "HSI is part of ICE." },
        { id: "hsi-q-b", sectionId: "hsi", type: "single", quote: "HSI is part of ICE." },
      ],
      flashcards: [{ id: "hsi-f-a", sectionId: "hsi", quote: "HSI is part of ICE." }],
    });
    expect(JSON.stringify(audit)).not.toMatch(/answers|options|correct|explanation|back|prompt/);
  });
});
