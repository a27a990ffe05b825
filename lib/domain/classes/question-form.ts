// The instructor's question form is plain text fields (one option, item or pair per line), which
// keeps it usable from the keyboard and on a phone; this turns them into the shape the question
// schema validates. Validation itself stays with the schema (lib/schemas/classes.ts).

const lines = (text: string | undefined) =>
  (text ?? "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");

// "* text" marks a right option; the star and the spaces after it are dropped.
export function parseOptionLines(text: string | undefined): { text: string; correct: boolean }[] {
  return lines(text).map((line) => (line.startsWith("*") ? { text: line.slice(1).trim(), correct: true } : { text: line, correct: false }));
}

// "Left side | right side" per line; a line without "|" gets an empty right side (refused later).
export function parsePairLines(text: string | undefined): { left: string; right: string }[] {
  return lines(text).map((line) => {
    const bar = line.indexOf("|");
    return bar === -1 ? { left: line, right: "" } : { left: line.slice(0, bar).trim(), right: line.slice(bar + 1).trim() };
  });
}

// The form's text fields as a question object (unvalidated). Empty optional fields are left out.
export function questionFromForm(fields: Readonly<Record<string, string | undefined>>): Record<string, unknown> {
  const base: Record<string, unknown> = {
    type: fields.type,
    prompt: fields.prompt ?? "",
    explanation: fields.explanation ?? "",
    difficulty: fields.difficulty,
  };
  if (fields.quote?.trim()) base.quote = fields.quote;
  switch (fields.type) {
    case "single":
    case "multiple":
      return { ...base, options: parseOptionLines(fields.options) };
    case "truefalse":
      return { ...base, answer: fields.answer === "true" ? true : fields.answer === "false" ? false : undefined };
    case "typed":
      return { ...base, answers: lines(fields.answers) };
    case "ordering":
      return { ...base, items: lines(fields.items) };
    case "matching":
      return { ...base, pairs: parsePairLines(fields.pairs) };
    default:
      return base;
  }
}
