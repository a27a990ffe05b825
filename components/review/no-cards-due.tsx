import { Link } from "@/components/ui/link";
import type { QueueJson } from "./types";

const time = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

// The end of a session: nothing due now, possibly learning steps later today.
export function NoCardsDue({ queue }: { queue: QueueJson }) {
  const pending = queue.learningLater;
  return (
    <section aria-labelledby="done-heading" className="flex flex-col gap-3 rounded-xl border border-slate-200 p-6 dark:border-slate-700">
      <h2 id="done-heading" className="text-2xl font-semibold">
        {pending > 0 ? "No cards due right now" : "No cards due: you are done for today"}
      </h2>
      {pending > 0 && queue.nextLearningDue ? (
        <p>
          {pending === 1 ? "One card is" : `${pending} cards are`} still in learning steps; the next comes back at {time(queue.nextLearningDue)}. This page
          shows it then.
        </p>
      ) : (
        <p>New cards and reviews come back when the next study day starts.</p>
      )}
      <p className="flex flex-wrap gap-4">
        <Link href="/progress" className="tap text-brand-700 underline dark:text-brand-100">
          See your progress
        </Link>
        <Link href="/quiz/new" className="tap text-brand-700 underline dark:text-brand-100">
          Take a quiz
        </Link>
        {queue.section ? (
          <Link href="/review" className="tap text-brand-700 underline dark:text-brand-100">
            Review all sections
          </Link>
        ) : null}
      </p>
    </section>
  );
}
