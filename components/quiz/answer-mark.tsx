import type { OptionMark } from "@/lib/domain/quiz/marks";

// The verdict beside one option, position or pair after checking: an icon and a word, in colour,
// so it reads without colour too. Plain markup, for the player and any results view.

const tones = {
  correct: "text-green-800 dark:text-green-300",
  incorrect: "text-red-800 dark:text-red-300",
  missed: "text-green-800 dark:text-green-300",
} as const;

// Row outlines for a marked option: solid green (right pick), red (wrong pick), dashed green (missed).
export const markedRow = {
  correct: "border-2 border-green-700 bg-green-50 dark:border-green-500 dark:bg-green-950",
  incorrect: "border-2 border-red-700 bg-red-50 dark:border-red-500 dark:bg-red-950",
  missed: "border-2 border-dashed border-green-700 dark:border-green-500",
} as const;

// The badge: ✓ Correct, ✗ Incorrect or ✓ Right answer (a right option not picked), with optional detail.
export function AnswerMark({ mark, detail }: { mark: Exclude<OptionMark, null>; detail?: string }) {
  const word = mark === "correct" ? "Correct" : mark === "incorrect" ? "Incorrect" : "Right answer";
  return (
    <span className={`inline-flex shrink-0 items-center gap-1 text-sm font-semibold ${tones[mark]}`} data-mark={mark}>
      <span aria-hidden="true" className="text-base leading-none">
        {mark === "incorrect" ? "✗" : "✓"}
      </span>
      <span>
        {word}
        {detail ? <span className="font-normal">{detail}</span> : null}
      </span>
    </span>
  );
}
