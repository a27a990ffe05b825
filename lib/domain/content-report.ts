import type { BankFile, Section } from "@/lib/domain/content-rules";
import type { QuestionType } from "@/lib/schemas/content";

// What the content check reports besides problems: how much each section is covered, and an
// answer-free audit document for outside tools. Pure, like the rules.

export type SectionCount = { sectionId: string; title: string; level: 1 | 2 | null; questions: number; flashcards: number; notes: number };
export type ContentCounts = { rows: SectionCount[]; totals: { questions: number; flashcards: number; notes: number } };

// Counts questions, flashcards and notes per section, in article order; every section gets a row
// (zeros show the gaps), and banks naming an unknown section get rows of their own at the end.
export function countBySection(sections: Section[], banks: BankFile[]): ContentCounts {
  const rows = new Map<string, SectionCount>(
    sections.map((s) => [s.id, { sectionId: s.id, title: s.title, level: s.level, questions: 0, flashcards: 0, notes: 0 }]),
  );
  for (const { bank } of banks) {
    let row = rows.get(bank.section);
    if (!row) {
      row = { sectionId: bank.section, title: "(unknown section)", level: null, questions: 0, flashcards: 0, notes: 0 };
      rows.set(bank.section, row);
    }
    row.questions += bank.questions.length;
    row.flashcards += bank.flashcards.length;
    row.notes += bank.notes.length;
  }
  const list = [...rows.values()];
  const sum = (key: "questions" | "flashcards" | "notes") => list.reduce((n, r) => n + r[key], 0);
  return { rows: list, totals: { questions: sum("questions"), flashcards: sum("flashcards"), notes: sum("notes") } };
}

export type ContentAudit = {
  sections: { id: string; title: string; parentId: string | null }[];
  questions: { id: string; sectionId: string; type: QuestionType; quote: string }[];
  flashcards: { id: string; sectionId: string; quote: string }[];
};

// Builds the `--json` audit document: what is asked where and on which quote, with no answer keys
// (options, answers, explanations, backs), so it can be shared to audit coverage.
export function buildAudit(sections: Section[], banks: BankFile[]): ContentAudit {
  return {
    sections: sections.map((s) => ({ id: s.id, title: s.title, parentId: s.parent })),
    questions: banks.flatMap(({ bank }) =>
      bank.questions.map((q) => ({ id: q.id, sectionId: bank.section, type: q.type, quote: q.quote })),
    ),
    flashcards: banks.flatMap(({ bank }) => bank.flashcards.map((f) => ({ id: f.id, sectionId: bank.section, quote: f.quote }))),
  };
}
