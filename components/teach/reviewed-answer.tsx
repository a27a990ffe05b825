import { verdictText } from "@/lib/domain/classes/attempt-review";
import { formatPoints } from "@/lib/domain/classes/grading";
import type { ReviewedItem } from "@/lib/server/assignments/attempt-review";
import { Term } from "@/components/ui/term";

const verdictStyle = {
  correct: "border-green-600 text-green-800 dark:text-green-200",
  partial: "border-amber-500 text-amber-900 dark:text-amber-100",
  incorrect: "border-red-600 text-red-800 dark:text-red-200",
  ungraded: "border-slate-400 text-slate-800 dark:text-slate-200",
  unanswered: "border-slate-400 text-slate-800 dark:text-slate-200",
} as const;

const Lines = ({ lines, empty }: { lines: readonly string[]; empty: string }) =>
  lines.length === 0 ? (
    <p className="italic">{empty}</p>
  ) : (
    <ul className="flex flex-col">
      {lines.map((line, i) => (
        <li key={i} className="break-words">
          {line}
        </li>
      ))}
    </ul>
  );

// One question of a reviewed attempt: the prompt, the student's answer beside the key, the verdict.
export function ReviewedAnswer({ item }: { item: ReviewedItem }) {
  const headingId = `answer-${item.position}`;
  return (
    <li aria-labelledby={headingId} className="flex flex-col gap-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          Question {item.position + 1}
        </h2>
        <p className={`rounded border-l-4 px-2 font-medium ${verdictStyle[item.verdict]}`} data-testid="verdict">
          {verdictText[item.verdict]}
          {item.points === null ? null : ` · ${formatPoints(item.points, item.maxPoints)} points`}
        </p>
      </div>
      <p className="whitespace-pre-line break-words">{item.prompt}</p>
      <dl className="grid gap-3 sm:grid-cols-2">
        <div>
          <Term label="Student's answer">
            <Lines lines={item.given} empty="No answer" />
          </Term>
        </div>
        <div>
          <Term label="Right answer">
            <Lines lines={item.right} empty="None recorded" />
          </Term>
        </div>
      </dl>
    </li>
  );
}
