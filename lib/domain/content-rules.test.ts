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
    expect(checkContent(sections, bankOf({ notes: [note], questions: [{ ...q, note: note.id }] }))).toEqual([]);
  });
});
