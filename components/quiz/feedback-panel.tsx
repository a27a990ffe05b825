import { formatPoints } from "@/lib/domain/quiz/attempt";
import type { ItemResult } from "@/lib/server/quiz/views";

// The verdict and explanation of one answered question: used after "Check answer" in practice and
// on the results page. Plain markup (no hooks), so both server and client components render it.

// A short verdict: "Correct", "Partly right (0.5 of 1 point)" or "Incorrect".
export function verdictText(result: Pick<ItemResult, "score" | "correct">): string {
  if (result.correct) return "Correct";
  if (result.score > 0) return `Partly right (${formatPoints(result.score)} of 1 point)`;
  return "Incorrect";
}

// The full feedback block for an answered question.
export function FeedbackPanel({ result, showVerdict = true }: { result: ItemResult; showVerdict?: boolean }) {
  const { reveal } = result;
  const tone = result.correct
    ? "border-green-700 bg-green-50 dark:border-green-500 dark:bg-green-950"
    : result.score > 0
      ? "border-amber-600 bg-amber-50 dark:border-amber-500 dark:bg-amber-950"
      : "border-red-700 bg-red-50 dark:border-red-500 dark:bg-red-950";
  return (
    <div className={`flex flex-col gap-3 rounded-lg border-l-4 p-4 ${tone}`}>
      {showVerdict ? (
        <p className="text-lg font-semibold">
          {verdictText(result)}
          {result.spelling ? <span className="font-normal">: {result.spelling}</span> : null}
        </p>
      ) : null}
      <div>
        <p className="font-medium">Right answer</p>
        <ul className="list-inside list-disc">
          {reveal.rightAnswer.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
      <p>{reveal.explanation}</p>
      {reveal.quote ? (
        <figure className="flex flex-col gap-1">
          <blockquote className="border-l-2 border-slate-400 pl-3 italic">“{reveal.quote}”</blockquote>
          {reveal.sourceHref ? (
            <figcaption>
              <a href={reveal.sourceHref} className="tap text-brand-700 underline dark:text-brand-100">
                Read this in the article
              </a>
            </figcaption>
          ) : null}
        </figure>
      ) : null}
      {reveal.note ? (
        <div className="rounded-md border border-slate-300 bg-white p-3 dark:border-slate-600 dark:bg-slate-900">
          <p className="font-medium">Accuracy note</p>
          <p>{reveal.note.text}</p>
          <p>
            <a href={reveal.note.source} className="tap text-brand-700 underline dark:text-brand-100" rel="noreferrer" target="_blank">
              Source<span className="sr-only"> (opens in a new tab)</span>
            </a>
          </p>
        </div>
      ) : null}
    </div>
  );
}
