import type { Question } from "@/lib/schemas/content";
import type { Answer } from "@/lib/schemas/answer";

// The key and human-readable renderings for results pages, shown only once an answer is final.

export type RevealedAnswer = { answer: Answer; lines: string[] };

const firstOccurrences = (indices: readonly number[]) => indices.filter((v, i) => indices.indexOf(v) === i);

// Renders an answer (authored indices) as lines of text, one per picked option, ordered item or
// left side; indices that point nowhere are skipped and an answer of another type renders as [].
export function describeAnswer(question: Question, answer: Answer): string[] {
  if (question.type === "single" && answer.type === "single") {
    const option = question.options[answer.choice];
    return option ? [option.text] : [];
  }
  if (question.type === "multiple" && answer.type === "multiple") {
    return firstOccurrences(answer.choices).flatMap((i) => question.options[i]?.text ?? []);
  }
  if (question.type === "truefalse" && answer.type === "truefalse") return [answer.value ? "True" : "False"];
  if (question.type === "typed" && answer.type === "typed") return answer.text.trim() === "" ? [] : [answer.text.trim()];
  if (question.type === "ordering" && answer.type === "ordering") {
    return firstOccurrences(answer.order).flatMap((i) => question.items[i] ?? []);
  }
  if (question.type === "matching" && answer.type === "matching") {
    return question.pairs.map((pair, i) => {
      const m = answer.matches[i];
      const right = m === null || m === undefined ? undefined : question.pairs[m]?.right;
      return `${pair.left} → ${right ?? "(no match)"}`;
    });
  }
  return [];
}

// The right answer in the answer shape (authored indices) plus its rendering. For typed questions
// the first accepted answer is the one shown, as the authoring guide says.
export function revealAnswer(question: Question): RevealedAnswer {
  const answer = rightAnswer(question);
  return { answer, lines: describeAnswer(question, answer) };
}

function rightAnswer(question: Question): Answer {
  switch (question.type) {
    case "single":
      // The content rules require exactly one right option; 0 only keeps a broken bank renderable.
      return { type: "single", choice: Math.max(0, question.options.findIndex((o) => o.correct)) };
    case "multiple":
      return { type: "multiple", choices: question.options.flatMap((o, i) => (o.correct ? [i] : [])) };
    case "truefalse":
      return { type: "truefalse", value: question.answer };
    case "typed":
      return { type: "typed", text: question.answers[0] ?? "" };
    case "ordering":
      return { type: "ordering", order: question.items.map((_, i) => i) };
    case "matching":
      return { type: "matching", matches: question.pairs.map((_, i) => i) };
  }
}
