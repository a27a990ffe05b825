import type { QueueJson } from "./types";

// What is left today, as Anki shows it: new / learning / review.
export function QueueCounts({ counts }: { counts: QueueJson["counts"] }) {
  return (
    <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm" data-testid="left-today">
      <span className="font-medium">Left today:</span>
      <span className="text-sky-800 dark:text-sky-200">{counts.new} new</span>
      <span aria-hidden="true">·</span>
      <span className="text-red-800 dark:text-red-200">{counts.learning} learning</span>
      <span aria-hidden="true">·</span>
      <span className="text-green-800 dark:text-green-200">{counts.review} review</span>
    </p>
  );
}
