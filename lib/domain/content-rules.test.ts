import { describe, expect, it } from "vitest";
import { checkContent, type BankFile, type Section } from "@/lib/domain/content-rules";
import type { Bank, Flashcard, Question } from "@/lib/schemas/content";

// Each rule: one bad example rejected with its message, one good example on the same point accepted.

const body = [
  "Homeland Security Investigations, or HSI for short, is a part of the U.S. Immigration Police.",
  "HSI reports directly to the Secretary of Homeland Security.",
].join(" ");
const sections: Section[] = [
  { id: "key-divisions", title: "Key Divisions", level: 1, parent: null, order: 6, body: "ICE has divisions." },
  { id: "hsi", title: "HSI", level: 2, parent: "key-divisions", order: 7, body },
];
const file = "banks/hsi.yaml";
const base = { id: "hsi-q-x", explanation: "The section opens by spelling out the name.", difficulty: "easy", quote: "or HSI for short" } as const;
const opt = (text: string, correct = false) => ({ text, correct });

const bankOf = (bank: Partial<Bank>): BankFile[] => [{ file, bank: { section: "hsi", notes: [], questions: [], flashcards: [], ...bank } }];
const checkQuestion = (q: Question) => checkContent(sections, bankOf({ questions: [q] }));
const checkCard = (card: Flashcard) => checkContent(sections, bankOf({ flashcards: [card] }));

type Case = { rule: string; bad: Question; message: string; good: Question };
const questionCases: Case[] = [
  {
    rule: "single choice without exactly one right option",
    bad: { ...base, type: "single", prompt: "Who leads HSI agents?", options: [opt("The Director of ICE", true), opt("The Attorney General", true)] },
    message: "single-choice question needs exactly one correct option, found 2",
    good: { ...base, type: "single", prompt: "Who leads HSI agents?", options: [opt("The Director of ICE", true), opt("The Attorney General")] },
  },
  {
    rule: "multiple choice with fewer than two right options",
    bad: { ...base, type: "multiple", prompt: "Which does HSI tackle?", options: [opt("Cybercrime", true), opt("Parking"), opt("Weather")] },
    message: "multiple-choice question needs at least two correct options, found 1",
    good: { ...base, type: "multiple", prompt: "Which does HSI tackle?", options: [opt("Cybercrime", true), opt("Customs violations", true), opt("Weather")] },
  },
  {
    rule: "multiple choice with no wrong option",
    bad: { ...base, type: "multiple", prompt: "Which does HSI tackle?", options: [opt("Cybercrime", true), opt("Fraud", true), opt("Smuggling", true)] },
    message: "multiple-choice question needs at least one wrong option, all 3 are marked correct",
    good: { ...base, type: "multiple", prompt: "Which does HSI tackle?", options: [opt("Cybercrime", true), opt("Fraud", true), opt("Weather")] },
  },
  {
    rule: "duplicate options, ignoring case and spaces",
    bad: { ...base, type: "single", prompt: "Who leads HSI agents?", options: [opt("The Director of ICE", true), opt("the  director of ice")] },
    message: 'duplicate option "the  director of ice" (options 1 and 2)',
    good: { ...base, type: "single", prompt: "Who leads HSI agents?", options: [opt("The Director of ICE", true), opt("The Director of CBP")] },
  },
  {
    rule: "ordering with fewer than 3 items",
    bad: { ...base, type: "ordering", prompt: "Put in order.", items: ["Arrest", "Removal"] },
    message: "ordering question needs at least 3 items, found 2",
    good: { ...base, type: "ordering", prompt: "Put in order.", items: ["Arrest", "Hearing", "Removal"] },
  },
  {
    rule: "ordering with a repeated item",
    bad: { ...base, type: "ordering", prompt: "Put in order.", items: ["Arrest", "Hearing", "arrest"] },
    message: 'duplicate ordering item "arrest" (items 1 and 3)',
    good: { ...base, type: "ordering", prompt: "Put in order.", items: ["Arrest", "Hearing", "Appeal"] },
  },
  {
    rule: "matching with a repeated left side",
    bad: { ...base, type: "matching", prompt: "Match.", pairs: [{ left: "HSI", right: "Investigates" }, { left: "HSI", right: "Removes" }] },
    message: 'matching question repeats the left side "HSI" (pairs 1 and 2)',
    good: { ...base, type: "matching", prompt: "Match.", pairs: [{ left: "HSI", right: "Investigates" }, { left: "ERO", right: "Removes" }] },
  },
  {
    rule: "matching with a repeated right side",
    bad: { ...base, type: "matching", prompt: "Match.", pairs: [{ left: "HSI", right: "Investigates" }, { left: "ERO", right: "investigates" }] },
    message: 'matching question repeats the right side "investigates" (pairs 1 and 2)',
    good: { ...base, type: "matching", prompt: "Match.", pairs: [{ left: "HSI", right: "Investigates" }, { left: "ERO", right: "Removes" }] },
  },
  {
    rule: "typed prompt without a blank",
    bad: { ...base, type: "typed", prompt: "What does HSI stand for?", answers: ["Homeland Security Investigations"] },
    message: 'typed prompt has no "____" blank to fill in',
    good: { ...base, type: "typed", prompt: "HSI stands for ____.", answers: ["Homeland Security Investigations"] },
  },
  {
    rule: "typed answer given away (case, punctuation and accents ignored)",
    bad: { ...base, type: "typed", prompt: "HOMELAND SECURITY INVESTIGATIONS, or ____ for short, is part of ICE.", answers: ["HSI", "Homeland Security Investigatiöns"] },
    message: 'accepted answer "Homeland Security Investigatiöns" is given away by its own prompt',
    good: { ...base, type: "typed", prompt: "____, or HSI for short, is part of ICE.", answers: ["Homeland Security Investigations"] },
  },
  {
    rule: "single choice answer given away by the prompt",
    bad: { ...base, type: "single", prompt: "Under the Director of ICE, who leads HSI agents?", options: [opt("The Director of ICE", true), opt("The Attorney General")] },
    message: 'correct option "The Director of ICE" is given away by its own prompt (no wrong option appears there)',
    // The prompt names a wrong option too, so naming the right one gives nothing away.
    good: { ...base, type: "single", prompt: "Does the Director of ICE or the Attorney General lead HSI agents?", options: [opt("The Director of ICE", true), opt("The Attorney General")] },
  },
  {
    rule: "explanation that only repeats the prompt",
    bad: { ...base, type: "typed", prompt: "HSI stands for ____.", answers: ["Homeland Security Investigations"], explanation: "HSI stands for ____!" },
    message: "explanation only repeats the prompt: say why the answer is right",
    good: { ...base, type: "typed", prompt: "HSI stands for ____.", answers: ["Homeland Security Investigations"], explanation: "HSI stands for Homeland Security Investigations, as the section's first line says." },
  },
  {
    rule: "empty explanation",
    bad: { ...base, type: "truefalse", prompt: "HSI is part of ICE.", answer: true, explanation: " … " },
    message: "explanation is empty: say why the answer is right",
    good: { ...base, type: "truefalse", prompt: "HSI is part of ICE.", answer: true },
  },
  {
    rule: "quote that is not a verbatim substring of its section",
    bad: { ...base, type: "truefalse", prompt: "HSI is part of ICE.", answer: true, quote: "HSI reports to the Secretary" },
    message: 'quote is not a verbatim substring of section "hsi": "HSI reports to the Secretary"',
    good: { ...base, type: "truefalse", prompt: "HSI is part of ICE.", answer: true, quote: "HSI reports directly to the Secretary" },
  },
];

describe("question rules", () => {
  it.each(questionCases)("rejects: $rule", ({ bad, message }) => {
    expect(checkQuestion(bad)).toEqual([{ file, id: "hsi-q-x", message }]);
  });
  it.each(questionCases)("accepts the fixed example: $rule", ({ good }) => {
    expect(checkQuestion(good)).toEqual([]);
  });

  it("accepts a single-choice prompt naming an agency that every option also names", () => {
    const options = [opt("ICE Homeland Security Investigations", true), opt("ICE Enforcement and Removal Operations"), opt("ICE Office of the Principal Legal Advisor")];
    expect(checkQuestion({ ...base, type: "single", prompt: "Which ICE division fights cybercrime?", options })).toEqual([]);
  });
  it("does not treat a short typed answer inside a longer word as a giveaway", () => {
    expect(checkQuestion({ ...base, type: "typed", prompt: "The U.S. Immigration Police include ____.", answers: ["ICE"] })).toEqual([]);
  });
});

describe("flashcard rules", () => {
  const card = { id: "hsi-f-x", quote: "or HSI for short" } as const;
  it("rejects a cloze whose hidden part appears elsewhere in the text", () => {
    const bad: Flashcard = { ...card, kind: "cloze", text: "HSI stands for {{Homeland Security Investigations}} (homeland security investigations)." };
    expect(checkCard(bad)).toEqual([{ file, id: "hsi-f-x", message: 'cloze hidden part "Homeland Security Investigations" also appears in the visible text' }]);
    expect(checkCard({ ...card, kind: "cloze", text: "HSI stands for {{Homeland Security Investigations}}." })).toEqual([]);
  });
  it("rejects a basic card whose back is contained in its front", () => {
    const bad: Flashcard = { ...card, kind: "basic", front: "What does HSI (Homeland Security Investigations) stand for?", back: "Homeland Security Investigations" };
    expect(checkCard(bad)).toEqual([{ file, id: "hsi-f-x", message: 'back "Homeland Security Investigations" is given away by the front' }]);
    expect(checkCard({ ...card, kind: "basic", front: "What does HSI stand for?", back: "Homeland Security Investigations" })).toEqual([]);
  });
});

describe("cross-content rules", () => {
  const q: Question = { ...base, type: "truefalse", prompt: "HSI is part of ICE.", answer: true };
  const note = { id: "hsi-n-reporting", quote: "HSI reports directly to the Secretary of Homeland Security", text: "HSI reports through the ICE Director.", source: "https://www.ice.gov/" };

  it("rejects duplicate ids across banks", () => {
    const banks = [...bankOf({ questions: [q] }), { file: "banks/hsi-2.yaml", bank: { section: "hsi", notes: [], questions: [q], flashcards: [] } }];
    expect(checkContent(sections, banks)).toEqual([{ file: "banks/hsi-2.yaml", id: "hsi-q-x", message: "duplicate id (first used in banks/hsi.yaml)" }]);
    expect(checkContent(sections, bankOf({ questions: [q, { ...q, id: "hsi-q-y" }] }))).toEqual([]);
  });
  it("rejects a bank whose section does not exist", () => {
    expect(checkContent(sections, [{ file, bank: { section: "nope", notes: [], questions: [q], flashcards: [] } }])).toEqual([
      { file, id: "-", message: 'section "nope" does not exist' },
    ]);
  });
  it("rejects a section whose parent does not exist", () => {
    const orphan: Section = { id: "ero", title: "ERO", level: 2, parent: "missing", order: 8, body: "ERO removes." };
    expect(checkContent([...sections, orphan], [])).toEqual([{ file: "article/08-ero.md", id: "ero", message: 'parent section "missing" does not exist' }]);
    expect(checkContent(sections, [])).toEqual([]);
  });
  it("rejects a reference to an undefined note, and a note nothing references", () => {
    expect(checkQuestion({ ...q, note: "hsi-n-missing" })).toEqual([{ file, id: "hsi-q-x", message: 'note "hsi-n-missing" is not defined in this bank' }]);
    expect(checkContent(sections, bankOf({ notes: [note], questions: [q] }))).toEqual([{ file, id: note.id, message: "note is never referenced" }]);
    // (Framed: a true/false on a noted passage must say whose claim it is.)
    expect(checkContent(sections, bankOf({ notes: [note], questions: [{ ...q, prompt: "According to the article, HSI is part of ICE.", note: note.id }] }))).toEqual([]);
  });
});

describe("one fact per item (minimum information)", () => {
  const card = { id: "hsi-f-x", quote: "or HSI for short" } as const;
  const basic = (front: string, back: string): Flashcard => ({ ...card, kind: "basic", front, back });
  const typed = (answers: string[]): Question => ({ ...base, type: "typed", prompt: "HSI agents collect ____ for the courts.", answers });

  it.each([
    ["a comma list of five", "Customs violations, intellectual property theft, financial wrongdoing, cybercrime, and human rights abuses.", 5],
    ["a list closed without the serial comma", "Honesty, fair decisions, good training and following legal steps.", 4],
    ["a numbered list on one line", "1. Arrest; 2. Detention; 3. Hearing; 4. Order; 5. Removal.", 5],
    ["a bulleted list", "- Arrest\n- Detention\n- Hearing\n- Removal", 4],
  ])("rejects a basic card whose back is %s", (_, back, items) => {
    expect(checkCard(basic("Which duties does the article give HSI?", back))).toEqual([
      { file, id: "hsi-f-x", message: `back lists ${items} items (more than 3): make a cloze card per item (overlapping clozes for an ordered list)` },
    ]);
  });
  it("accepts a back of three items, and commas inside an aside", () => {
    expect(checkCard(basic("Which three groups?", "People with removal orders, criminal records and terrorism ties."))).toEqual([]);
    expect(checkCard(basic("Which agency?", "The Department of Justice (through EOIR, its courts, judges and clerks), not DHS."))).toEqual([]);
  });

  it.each([
    ["two question marks", "Where are SRTs located? What does SRT stand for?"],
    ["a second question joined with a comma", "Who hears the cases, and which department runs the courts?"],
  ])("rejects a front that asks two questions: %s", (_, front) => {
    expect(checkCard(basic(front, "Immigration judges."))).toEqual([
      { file, id: "hsi-f-x", message: "front asks 2 questions: split it into cards of one question each" },
    ]);
  });
  it("accepts a front asking one question", () => {
    expect(checkCard(basic("Who hears the cases in removal proceedings?", "Immigration judges."))).toEqual([]);
  });

  it.each(["best", "Fresh", "honest", "also"])("rejects the filler typed answer %s", (answer) => {
    expect(checkQuestion(typed([answer]))).toEqual([
      { file, id: "hsi-q-x", message: `typed answer "${answer}" is a stop word or filler adjective: blank a word that carries a fact` },
    ]);
  });
  it("rejects a cloze that hides only a filler word, and accepts one hiding a fact", () => {
    const text = (hidden: string) => `Officers work to keep the whole system {{${hidden}}}.`;
    expect(checkCard({ ...card, kind: "cloze", text: text("honest") })).toEqual([
      { file, id: "hsi-f-x", message: 'cloze hidden part "honest" is a stop word or filler adjective: hide a word that carries a fact' },
    ]);
    expect(checkCard({ ...card, kind: "cloze", text: text("within the law") })).toEqual([]);
  });
  it("accepts a typed answer that carries a fact", () => {
    expect(checkQuestion(typed(["evidence", "proof"]))).toEqual([]);
  });
});

describe("framing on passages with an accuracy note", () => {
  const note = { id: "hsi-n-reporting", quote: "HSI reports directly to the Secretary of Homeland Security", text: "HSI reports through the ICE Director.", source: "https://www.ice.gov/" };
  const claim = "HSI reports directly to the Secretary";
  const tf = (prompt: string, extra: Partial<Question> = {}): Question => ({ ...base, type: "truefalse", prompt, answer: false, quote: claim, note: note.id, ...extra }) as Question;
  const check = (questions: Question[], flashcards: Flashcard[] = []) => checkContent(sections, bankOf({ notes: [note], questions, flashcards }));
  const unframedQuestion = 'unframed true/false question on a passage with an accuracy note: say "according to the article" or teach the correction ("in fact", "the public record")';
  const unframedCard = 'unframed flashcard on a passage with an accuracy note: say "according to the article" or teach the correction ("in fact", "the public record")';

  it("rejects a true/false stating the noted claim in the app's voice", () => {
    expect(check([tf("HSI reports directly to the Secretary of Homeland Security.")])).toEqual([{ file, id: "hsi-q-x", message: unframedQuestion }]);
  });
  it("rejects an item on the noted passage even when it does not reference the note", () => {
    const card: Flashcard = { id: "hsi-f-x", kind: "cloze", text: "HSI reports directly to the {{Secretary of Homeland Security}}.", quote: claim };
    expect(check([tf("The article says HSI reports to the Secretary. Is that accurate?")], [card])).toEqual([{ file, id: "hsi-f-x", message: unframedCard }]);
  });
  it("accepts items that say whose claim it is or teach the correction", () => {
    const framed: Flashcard = { id: "hsi-f-x", kind: "cloze", text: "According to the article, HSI reports directly to the {{Secretary of Homeland Security}}.", quote: claim };
    const correction: Flashcard = { id: "hsi-f-y", kind: "cloze", text: "In fact, HSI reports to the {{Director of ICE}}.", quote: claim, note: note.id };
    const answered: Flashcard = { id: "hsi-f-z", kind: "basic", front: "To whom does HSI's leader report?", back: "The ICE Director.", quote: claim, note: note.id };
    expect(check([tf("The article says HSI reports directly to the Secretary. Is that accurate?")], [framed, correction, answered])).toEqual([]);
  });
  it("leaves items on other passages alone", () => {
    expect(check([tf("HSI is part of ICE.", { quote: "or HSI for short", note: undefined, answer: true })])).toEqual([{ file, id: note.id, message: "note is never referenced" }]);
  });
});
