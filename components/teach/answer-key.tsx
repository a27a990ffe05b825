import type { InstructorQuestion } from "@/lib/schemas/classes";
import { revealAnswer } from "@/lib/domain/quiz/reveal";

// A question's options with the right ones marked (an icon and the words, not colour alone), or its
// right answer, and the explanation: what an instructor checks before adding or assigning it.
export function AnswerKey({ question }: { question: InstructorQuestion }) {
  return (
    <div className="flex flex-col gap-2 text-sm">
      {question.type === "single" || question.type === "multiple" ? (
        <ul className="flex flex-col gap-1" aria-label="Options">
          {question.options.map((o, i) => (
            <li key={i} className={o.correct ? "font-semibold text-green-800 dark:text-green-300" : ""}>
              <span aria-hidden="true">{o.correct ? "✓ " : "• "}</span>
              {o.text}
              {o.correct ? <span> (right answer)</span> : null}
            </li>
          ))}
        </ul>
      ) : question.type === "typed" ? (
        <p>
          <span className="font-semibold">Accepted answers:</span> {question.answers.join("; ")}
        </p>
      ) : (
        <div>
          <p className="font-semibold">Right answer:</p>
          <ol className="list-decimal pl-6">
            {revealAnswer({ ...question, quote: question.quote ?? "" }).lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ol>
        </div>
      )}
      <p className="text-slate-700 dark:text-slate-300">
        <span className="font-semibold">Explanation:</span> {question.explanation}
      </p>
    </div>
  );
}
