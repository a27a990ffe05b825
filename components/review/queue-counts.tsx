import type { QueueJson } from "./types";

// What is left today, as Anki shows it: new / learning / review; and what quiz mistakes brought in.
export function QueueCounts({ counts, quizFeed }: { counts: QueueJson["counts"]; quizFeed?: QueueJson["quizFeed"] }) {
  return (
    <div className="flex flex-col gap-1">
      <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm" data-testid="left-today">
        <span className="font-medium">Left today:</span>
        <span className="text-sky-800 dark:text-sky-200">{counts.new} new</span>
        <span aria-hidden="true">·</span>
        <span className="text-red-800 dark:text-red-200">{counts.learning} learning</span>
        <span aria-hidden="true">·</span>
        <span className="text-green-800 dark:text-green-200">{counts.review} review</span>
      </p>
      {quizFeed && (quizFeed.broughtToday > 0 || quizFeed.waitingMistakes > 0) ? (
        <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="quiz-feed">
          {quizFeed.broughtToday} of today&apos;s {quizFeed.cap} cards for quiz mistakes are in (they teach what you missed, shown before other new cards).
          {quizFeed.waitingMistakes > 0 ? ` ${quizFeed.waitingMistakes} more mistake${quizFeed.waitingMistakes === 1 ? "" : "s"} will bring cards on a later day.` : ""}
        </p>
      ) : null}
    </div>
  );
}
