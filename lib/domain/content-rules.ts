import type { Bank } from "@/lib/schemas/content";
import { flashcardRules, questionRules } from "@/lib/domain/item-rules";

// The content rules that make every taught answer traceable to the article. Pure: the loader
// parses the files, these functions judge them. Rules about a single question or flashcard live
// in item-rules.ts; this file holds the rules that need the sections or the other banks.

export type Section = {
  id: string;
  title: string;
  level: 1 | 2;
  parent: string | null;
  order: number;
  body: string;
};

export type ContentProblem = { file: string; id: string; message: string };
export type BankFile = { file: string; bank: Bank };

// Sections don't carry their file name; docs/authoring.md fixes it as article/NN-<section-id>.md.
// Exported so the reports name the same file.
export function sectionFile(section: Section): string {
  return `article/${String(section.order).padStart(2, "0")}-${section.id}.md`;
}

function sectionProblems(sections: Section[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = new Set<string>();
  for (const section of sections) {
    if (ids.has(section.id)) problems.push({ file: sectionFile(section), id: section.id, message: "duplicate section id" });
    ids.add(section.id);
  }
  for (const section of sections) {
    if (section.parent === null) continue;
    if (section.parent === section.id) {
      problems.push({ file: sectionFile(section), id: section.id, message: "section is its own parent" });
    } else if (!ids.has(section.parent)) {
      problems.push({ file: sectionFile(section), id: section.id, message: `parent section "${section.parent}" does not exist` });
    }
  }
  return problems;
}

// Checks the sections and every bank against its section and the others; returns one problem per
// broken rule, as `{ file, id, message }`.
export function checkContent(sections: Section[], banks: BankFile[]): ContentProblem[] {
  const problems = sectionProblems(sections);
  const byId = new Map(sections.map((s) => [s.id, s]));
  const seen = new Map<string, string>();
  const claim = (file: string, id: string) => {
    const first = seen.get(id);
    if (first) problems.push({ file, id, message: `duplicate id (first used in ${first})` });
    else seen.set(id, file);
  };
  // Ids are unique across banks, so one set of references tells whether a note is ever used.
  const referenced = new Set(
    banks.flatMap(({ bank }) => [...bank.questions, ...bank.flashcards].flatMap((item) => (item.note ? [item.note] : []))),
  );

  for (const { file, bank } of banks) {
    const section = byId.get(bank.section);
    // Without the section the quotes can't be checked, but every other rule still can.
    if (!section) problems.push({ file, id: "-", message: `section "${bank.section}" does not exist` });
    const noteIds = new Set(bank.notes.map((n) => n.id));
    const report = (id: string, messages: string[]) => messages.forEach((message) => problems.push({ file, id, message }));
    const checkQuote = (id: string, quote: string) => {
      if (section && !section.body.includes(quote)) {
        problems.push({ file, id, message: `quote is not a verbatim substring of section "${section.id}": "${quote}"` });
      }
    };
    const checkNote = (id: string, note: string | undefined) => {
      if (note && !noteIds.has(note)) problems.push({ file, id, message: `note "${note}" is not defined in this bank` });
    };

    for (const note of bank.notes) {
      claim(file, note.id);
      checkQuote(note.id, note.quote);
      if (!referenced.has(note.id)) problems.push({ file, id: note.id, message: "note is never referenced" });
    }
    for (const q of bank.questions) {
      claim(file, q.id);
      checkQuote(q.id, q.quote);
      checkNote(q.id, q.note);
      report(q.id, questionRules(q));
    }
    for (const card of bank.flashcards) {
      claim(file, card.id);
      checkQuote(card.id, card.quote);
      checkNote(card.id, card.note);
      report(card.id, flashcardRules(card));
    }
  }
  return problems;
}
