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

function choiceRules(q: Extract<Question, { type: "single" | "multiple" }>): string[] {
  const messages = duplicates(
    q.options.map((o) => o.text),
    (text, a, b) => `duplicate option "${text}" (options ${a} and ${b})`,
  );
  const right = q.options.filter((o) => o.correct);
  const wrong = q.options.filter((o) => !o.correct);
  if (q.type === "single") {
    if (right.length !== 1) messages.push(`single-choice question needs exactly one correct option, found ${right.length}`);
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
      messages.push(`correct option "${answer.text}" is given away by its own prompt (no wrong option appears there)`);
    }
  } else {
    if (right.length < 2) messages.push(`multiple-choice question needs at least two correct options, found ${right.length}`);
    if (wrong.length < 1) messages.push(`multiple-choice question needs at least one wrong option, all ${right.length} are marked correct`);
  }
  return messages;
}

function typeRules(q: Question): string[] {
  switch (q.type) {
    case "single":
    case "multiple":
      return choiceRules(q);
    case "typed": {
      const messages: string[] = [];
      if (!q.prompt.includes("____")) messages.push('typed prompt has no "____" blank to fill in');
      for (const answer of q.answers) {
        if (containsPhrase(q.prompt, answer)) messages.push(`accepted answer "${answer}" is given away by its own prompt`);
      }
      return messages;
    }
    case "ordering": {
      const messages = duplicates(q.items, (item, a, b) => `duplicate ordering item "${item}" (items ${a} and ${b})`);
      if (q.items.length < 3) messages.unshift(`ordering question needs at least 3 items, found ${q.items.length}`);
      return messages;
    }
    case "matching":
      return [
        ...duplicates(
          q.pairs.map((p) => p.left),
          (left, a, b) => `matching question repeats the left side "${left}" (pairs ${a} and ${b})`,
        ),
        ...duplicates(
          q.pairs.map((p) => p.right),
          (right, a, b) => `matching question repeats the right side "${right}" (pairs ${a} and ${b})`,
        ),
      ];
    case "truefalse":
      return [];
  }
}

// Checks one question: its type's structure, giveaways in the prompt and the explanation.
export function questionRules(q: Question): string[] {
  const messages = typeRules(q);
  const explanation = normalizeForMatch(q.explanation);
  if (explanation === "") messages.push("explanation is empty: say why the answer is right");
  else if (containsPhrase(q.prompt, q.explanation)) {
    messages.push("explanation only repeats the prompt: say why the answer is right");
  }
  return messages;
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
