import type { Flashcard, Question } from "@/lib/schemas/content";

// Rules that judge one question or flashcard on its own (no other content needed). Each returns
// the messages of the rules it breaks; checkContent attaches file and id.

// Normalizes text for "does the learner already see the answer?" comparisons: case, accents,
// curly/straight quotes and punctuation must not hide a giveaway, so all of them are dropped.
export function normalizeForMatch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

// True when `phrase` appears in `text` as whole words (so "ICE" is found in "ICE's" but not in "police").
export function containsPhrase(text: string, phrase: string): boolean {
  const needle = normalizeForMatch(phrase);
  return needle !== "" && ` ${normalizeForMatch(text)} `.includes(` ${needle} `);
}

// Short answers ("ICE", "yes") occur in prompts for innocent reasons, e.g. "ICE or CBP?", so
// containment only counts as a giveaway from this many normalized characters on.
const minGiveawayLength = 4;

// Case- and space-insensitive key, for "are these two options/items/sides the same?".
const sameKey = (text: string) => text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();

function duplicates(values: string[], describe: (value: string, first: number, second: number) => string): string[] {
  const firstAt = new Map<string, number>();
  const messages: string[] = [];
  values.forEach((value, index) => {
    const key = sameKey(value);
    const first = firstAt.get(key);
    if (first === undefined) firstAt.set(key, index);
    else messages.push(describe(value, first + 1, index + 1));
  });
  return messages;
}

// One broken rule: the field of the question it concerns (for forms and API errors) and why.
export type RuleBreak = { field: "prompt" | "options" | "answers" | "items" | "pairs" | "explanation"; message: string };

const on = (field: RuleBreak["field"], messages: string[]): RuleBreak[] => messages.map((message) => ({ field, message }));

function choiceRules(q: Extract<Question, { type: "single" | "multiple" }>): RuleBreak[] {
  const breaks = on(
    "options",
    duplicates(
      q.options.map((o) => o.text),
      (text, a, b) => `duplicate option "${text}" (options ${a} and ${b})`,
    ),
  );
  const right = q.options.filter((o) => o.correct);
  const wrong = q.options.filter((o) => !o.correct);
  if (q.type === "single") {
    if (right.length !== 1) breaks.push({ field: "options", message: `single-choice question needs exactly one correct option, found ${right.length}` });
    // Naming the right option in the prompt gives it away, unless a wrong one is named too
    // ("… the Director of ICE or the Commissioner of CBP?").
    const answer = right[0];
    if (
      right.length === 1 &&
      answer &&
      normalizeForMatch(answer.text).length >= minGiveawayLength &&
      containsPhrase(q.prompt, answer.text) &&
      !wrong.some((o) => containsPhrase(q.prompt, o.text))
    ) {
      breaks.push({ field: "prompt", message: `correct option "${answer.text}" is given away by its own prompt (no wrong option appears there)` });
    }
  } else {
    if (right.length < 2) breaks.push({ field: "options", message: `multiple-choice question needs at least two correct options, found ${right.length}` });
    if (wrong.length < 1) breaks.push({ field: "options", message: `multiple-choice question needs at least one wrong option, all ${right.length} are marked correct` });
  }
  return breaks;
}

function typeRules(q: Question): RuleBreak[] {
  switch (q.type) {
    case "single":
    case "multiple":
      return choiceRules(q);
    case "typed": {
      const breaks: RuleBreak[] = [];
      if (!q.prompt.includes("____")) breaks.push({ field: "prompt", message: 'typed prompt has no "____" blank to fill in' });
      for (const answer of q.answers) {
        if (containsPhrase(q.prompt, answer)) breaks.push({ field: "answers", message: `accepted answer "${answer}" is given away by its own prompt` });
      }
      return breaks;
    }
    case "ordering": {
      const breaks = on("items", duplicates(q.items, (item, a, b) => `duplicate ordering item "${item}" (items ${a} and ${b})`));
      if (q.items.length < 3) breaks.unshift({ field: "items", message: `ordering question needs at least 3 items, found ${q.items.length}` });
      return breaks;
    }
    case "matching":
      return on("pairs", [
        ...duplicates(
          q.pairs.map((p) => p.left),
          (left, a, b) => `matching question repeats the left side "${left}" (pairs ${a} and ${b})`,
        ),
        ...duplicates(
          q.pairs.map((p) => p.right),
          (right, a, b) => `matching question repeats the right side "${right}" (pairs ${a} and ${b})`,
        ),
      ]);
    case "truefalse":
      return [];
  }
}

// Checks one question: its type's structure, giveaways in the prompt and the explanation. The same
// rules hold for the banks (content:check) and for questions instructors write.
export function questionRuleBreaks(q: Question): RuleBreak[] {
  const breaks = typeRules(q);
  const explanation = normalizeForMatch(q.explanation);
  if (explanation === "") breaks.push({ field: "explanation", message: "explanation is empty: say why the answer is right" });
  else if (containsPhrase(q.prompt, q.explanation)) {
    breaks.push({ field: "explanation", message: "explanation only repeats the prompt: say why the answer is right" });
  }
  return breaks;
}

// The messages of questionRuleBreaks, for the content report.
export function questionRules(q: Question): string[] {
  return questionRuleBreaks(q).map((b) => b.message);
}

// Checks one flashcard: the hidden part (cloze) or back (basic) must not be visible on the card.
export function flashcardRules(card: Flashcard): string[] {
  if (card.kind === "cloze") {
    const hidden = [...card.text.matchAll(/\{\{([^{}]+)\}\}/g)];
    const part = hidden[0]?.[1];
    if (hidden.length !== 1 || part === undefined) return ["cloze text needs exactly one {{hidden part}}"];
    const visible = card.text.replace(/\{\{[^{}]+\}\}/, " ");
    return containsPhrase(visible, part) ? [`cloze hidden part "${part}" also appears in the visible text`] : [];
  }
  const back = normalizeForMatch(card.back);
  const front = normalizeForMatch(card.front);
  const givenAway = back !== "" && (back === front || (back.length >= minGiveawayLength && containsPhrase(card.front, card.back)));
  return givenAway ? [`back "${card.back}" is given away by the front`] : [];
}

// ---- One fact per item (the minimum-information principle) ----

// How many items a card's back lists: the most in any one sentence, counting comma- or
// semicolon-separated parts ("a, b and c" is three, like "a, b, and c"), or the lines of a
// bulleted or numbered list.
export function listedItemCount(back: string): number {
  const lines = back.split("\n").filter((line) => /^\s*(?:[-*•]|\d+[.)])\s+/.test(line)).length;
  // Parentheses are asides of one item, so their commas don't separate the sentence's items.
  const flat = back.replace(/\([^()]*\)/g, "");
  const sentences = flat.split(/[.!?:](?:\s+|$)/);
  const inSentence = sentences.map((sentence) => {
    const parts = sentence.split(/[,;]/).map((p) => p.trim()).filter((p) => p !== "");
    if (parts.length < 2) return parts.length;
    const last = parts[parts.length - 1] ?? "";
    // "b and c" closing a list without the serial comma holds two items.
    const joinsTwo = !/^(?:and|or)\b/i.test(last) && /\s(?:and|or)\s/i.test(last);
    return parts.length + (joinsTwo ? 1 : 0);
  });
  // "1. Arrest; 2. Detention; …" written on one line.
  const numbered = (back.match(/(?:^|\s)\d+[.)]\s/g) ?? []).length;
  return Math.max(lines, numbered, ...inSentence);
}

// A basic card may list at most this many items; longer lists become cloze cards, one item each.
export const maxListedItems = 3;

// Words that make an empty typed answer: the learner recalls the article's phrasing, not a fact.
const fillerAnswers = new Set(
  [
    // stop words
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is", "are",
    "was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "they", "them", "their", "we", "our",
    "not", "no", "yes", "all", "some", "any", "more", "most", "very", "also", "so", "too",
    // filler adjectives and adverbs
    "best", "better", "good", "great", "big", "huge", "fresh", "honest", "fair", "important", "key", "main", "major",
    "crucial", "vital", "essential", "significant", "special", "various", "different", "new", "hard", "strong", "safe",
    "right", "proper", "careful", "kind", "effective", "positive", "real", "true", "really", "truly", "always",
  ].map(normalizeForMatch),
);

// True when a typed answer is only a stop word or a filler adjective ("best", "fresh", "honest").
export function isFillerAnswer(answer: string): boolean {
  return fillerAnswers.has(normalizeForMatch(answer));
}

// The one-fact rules the banks follow on top of questionRules: typed answers carry a fact.
// (Instructors' own questions are not held to them.)
export function bankQuestionRules(q: Question): string[] {
  if (q.type !== "typed") return [];
  return q.answers.filter(isFillerAnswer).map((a) => `typed answer "${a}" is a stop word or filler adjective: blank a word that carries a fact`);
}

// How many questions a front asks: its question marks, plus each second question joined into one
// sentence ("Who hears the cases, and which department runs the courts?").
export function questionCount(front: string): number {
  const marks = (front.match(/\?/g) ?? []).length;
  const joined = (front.match(/,\s+(?:and|or)\s+(?:what|where|when|who|whom|which|how|why)\b/gi) ?? []).length;
  return marks + joined;
}

// The one-fact rules for flashcards: a cloze hides more than a filler word; a basic card asks one
// question and its back does not list more than maxListedItems items.
export function bankFlashcardRules(card: Flashcard): string[] {
  if (card.kind === "cloze") {
    const part = card.text.match(/\{\{([^{}]+)\}\}/)?.[1];
    return part !== undefined && isFillerAnswer(part) ? [`cloze hidden part "${part}" is a stop word or filler adjective: hide a word that carries a fact`] : [];
  }
  const messages: string[] = [];
  const questions = questionCount(card.front);
  if (questions > 1) messages.push(`front asks ${questions} questions: split it into cards of one question each`);
  const items = listedItemCount(card.back);
  if (items > maxListedItems) {
    messages.push(`back lists ${items} items (more than ${maxListedItems}): make a cloze card per item (overlapping clozes for an ordered list)`);
  }
  return messages;
}
