import type { Bank } from "@/lib/schemas/content";
import { bankFlashcardRules, bankQuestionRules, flashcardRules, questionRules } from "@/lib/domain/item-rules";

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

// Where `quote` sits in `body`, as [start, end) offsets; null when it is not there.
function spanOf(body: string, quote: string): [number, number] | null {
  const at = body.indexOf(quote);
  return at < 0 ? null : [at, at + quote.length];
}

// An item that states a passage carrying an accuracy note must say whose claim it is ("according to
// the article", "the introduction says") or mark what it teaches as the correction ("in fact", "actually",
// "the public record"): otherwise the app teaches the article's error in its own voice.
const framingMarker = /\b(?:article|article's|section|introduction|overview|conclusion|passage|public record|in fact|actually|in reality|really|real|official)\b/i;
const isFramed = (text: string) => framingMarker.test(text);

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

    const notedPassages = section
      ? bank.notes.flatMap((n) => {
          const span = spanOf(section.body, n.quote);
          return span ? [span] : [];
        })
      : [];
    // On a noted passage: the item references a note, or its quote overlaps a noted quote.
    const onNotedPassage = (item: { quote: string; note?: string | undefined }) => {
      if (item.note && noteIds.has(item.note)) return true;
      const span = section ? spanOf(section.body, item.quote) : null;
      return span !== null && notedPassages.some(([start, end]) => span[0] < end && start < span[1]);
    };
    const checkFraming = (id: string, item: { quote: string; note?: string | undefined }, shown: string, what: string) => {
      if (onNotedPassage(item) && !isFramed(shown)) {
        problems.push({ file, id, message: `unframed ${what} on a passage with an accuracy note: say "according to the article" or teach the correction ("in fact", "the public record")` });
      }
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
      report(q.id, [...questionRules(q), ...bankQuestionRules(q)]);
      if (q.type === "truefalse") checkFraming(q.id, q, q.prompt, "true/false question");
    }
    for (const card of bank.flashcards) {
      claim(file, card.id);
      checkQuote(card.id, card.quote);
      checkNote(card.id, card.note);
      report(card.id, [...flashcardRules(card), ...bankFlashcardRules(card)]);
      // A basic card that references its note asks a question and answers it with the record: the
      // correction. A cloze card states a sentence, so it must say whose sentence it is.
      if (card.kind === "cloze" || !card.note) checkFraming(card.id, card, card.kind === "basic" ? `${card.front} ${card.back}` : card.text, "flashcard");
    }
  }
  return problems;
}
