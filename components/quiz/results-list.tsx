import type { ResultItem } from "@/lib/server/quiz/results";
import { FeedbackPanel, verdictText } from "./feedback-panel";

// Per question on the results page: the prompt, the learner's answer, the verdict, the right
// answer, the explanation with its quote and link, and any accuracy note.
export function ResultsList({ items }: { items: ResultItem[] }) {
  return (
    <ol className="flex flex-col gap-6">
      {items.map((item, i) => (
        <li key={item.position}>
          <article aria-labelledby={`result-${i}`} className="flex flex-col gap-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
            <h2 id={`result-${i}`} className="text-lg font-semibold">
              Question {i + 1}: {item.answered ? verdictText(item) : "Not answered"}
              {item.spelling ? ` (${item.spelling})` : ""}
            </h2>
            <p>{item.prompt}</p>
            <div>
              <p className="font-medium">Your answer</p>
              {item.answered && item.yourAnswer.length > 0 ? (
                <ul className="list-inside list-disc">
                  {item.yourAnswer.map((line, j) => (
                    <li key={j}>{line}</li>
                  ))}
                </ul>
              ) : (
                <p className="text-slate-600 dark:text-slate-400">Not answered</p>
              )}
            </div>
            <FeedbackPanel result={item} showVerdict={false} />
          </article>
        </li>
      ))}
    </ol>
  );
}
