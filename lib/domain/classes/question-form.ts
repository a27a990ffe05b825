// The instructor's question form is plain fields: one field per option ("option-0", "option-1"...)
// with its "right answer" control (a radio "correct" = index for single choice, a checkbox
// "correct-<index>" for multiple), and one item or pair per line elsewhere, which keeps it usable
// from the keyboard and on a phone; this turns them into the shape the question schema validates.
// Validation itself stays with the schema (lib/schemas/classes.ts); `questionFormErrors` words its
// issues for people.

const lines = (text: string | undefined) =>
  (text ?? "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");

export const MAX_OPTION_FIELDS = 10;

// The option fields in order. A blank option nobody marked right is a spare field and is left out;
// a blank one marked right is kept, so the schema refuses it rather than the mark being lost.
export function optionsFromFields(fields: Readonly<Record<string, string | undefined>>): { text: string; correct: boolean }[] {
  const options: { text: string; correct: boolean }[] = [];
  for (let i = 0; i < MAX_OPTION_FIELDS; i++) {
    const text = (fields[`option-${i}`] ?? "").trim();
    const correct = fields.correct === String(i) || fields[`correct-${i}`] === "on";
    if (text !== "" || correct) options.push({ text, correct });
  }
  return options;
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
      return { ...base, options: optionsFromFields(fields) };
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

// A schema issue as the form needs it (structurally a zod issue, path from inside the question).
export type FormIssue = { path: readonly PropertyKey[]; code: string; message: string; origin?: string; minimum?: unknown; maximum?: unknown };

const nouns: Record<string, [string, string]> = { options: ["option", "options"], items: ["item", "items"], pairs: ["pair", "pairs"], answers: ["accepted answer", "accepted answers"] };
const missing: Record<string, string> = {
  prompt: "Write the question.",
  explanation: "Write an explanation: students see it with the right answer.",
  options: "Fill in the option marked right, or unmark it.",
  answers: "Accepted answers cannot be blank.",
  items: "Items cannot be blank.",
  pairs: "Fill in both sides of each pair.",
  quote: "Write the quote, or leave the field empty.",
};
const count = (n: unknown, field: string) => {
  const [one, many] = nouns[field] ?? ["entry", "entries"];
  return `${String(n)} ${n === 1 ? one : many}`;
};

// One issue in words for the person filling the form ("Give at least 2 options."), never zod's
// ("Too small: expected array to have >=2 items"). The rules' own messages are already worded.
export function questionIssueMessage(issue: FormIssue): string {
  const field = String(issue.path[0] ?? "");
  const list = issue.path.length === 1 && issue.origin === "array";
  if (issue.code === "custom") return issue.message;
  if (issue.code === "too_small") return list ? `Give at least ${count(issue.minimum, field)}.` : (missing[field] ?? "Fill in this field.");
  if (issue.code === "too_big") return list ? `Give at most ${count(issue.maximum, field)}.` : `Keep it to ${String(issue.maximum)} characters or fewer${issue.path.length > 1 ? " each" : ""}.`;
  if (field === "answer") return "Choose True or False.";
  if (field === "difficulty") return "Choose a difficulty.";
  if (field === "type") return "Choose a question type.";
  return "Check this field.";
}

// The issues as errors per form field, each message once, in the order the schema found them. A
// field the schema itself refused (empty, too long) gets no second word from the content rules,
// which would say the same again ("Write an explanation" and "Explanation is empty").
export function questionFormErrors(issues: readonly FormIssue[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const refused = new Set(issues.filter((i) => i.code !== "custom").map((i) => String(i.path[0] ?? "form")));
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form");
    if (issue.code === "custom" && refused.has(field)) continue;
    const message = questionIssueMessage(issue);
    const list = (errors[field] ??= []);
    if (!list.includes(message)) list.push(message);
  }
  return errors;
}
