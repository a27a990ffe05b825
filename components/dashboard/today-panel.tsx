import { Link } from "@/components/ui/link";
import type { TodayView } from "@/lib/server/dashboard/today";

// The dashboard's "Today": cards left to study, the streak, and the quiz to pick up again.

const card = "flex flex-col gap-2 rounded-xl border border-slate-200 p-5 dark:border-slate-800";
const action = "tap inline-flex min-h-11 items-center self-start rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700";
const days = (n: number) => `${n} ${n === 1 ? "day" : "days"}`;

// Three cards side by side on a wide screen, stacked on a phone.
export function TodayPanel({ today }: { today: TodayView }) {
  const { due, streak, openQuiz } = today;
  const dueTotal = due.new + due.learning + due.review;
  return (
    <section aria-labelledby="today-heading" className="flex flex-col gap-3">
      <h2 id="today-heading" className="text-2xl font-semibold">
        Today
      </h2>
      <ul className="grid gap-4 md:grid-cols-3">
        <li className={card}>
          <h3 className="text-lg font-semibold">Flashcards due</h3>
          <p className="text-3xl font-bold" data-testid="due-total">
            {dueTotal}
          </p>
          <p className="flex flex-wrap gap-x-3 text-sm" data-testid="due-today">
            <span className="text-sky-800 dark:text-sky-200">{due.new} new</span>
            <span aria-hidden="true">·</span>
            <span className="text-red-800 dark:text-red-200">{due.learning} learning</span>
            <span aria-hidden="true">·</span>
            <span className="text-green-800 dark:text-green-200">{due.review} review</span>
          </p>
          {dueTotal > 0 ? (
            <Link href="/review" className={action}>
              Review now
            </Link>
          ) : (
            <p className="text-slate-700 dark:text-slate-300">All done for today.</p>
          )}
        </li>
        <li className={card}>
          <h3 className="text-lg font-semibold">Study streak</h3>
          <p className="text-3xl font-bold" data-testid="streak">
            {days(streak.current)}
          </p>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {streak.studiedToday ? "You studied today." : streak.current > 0 ? "Review today to keep it going." : "Review a card to start one."} Longest: {days(streak.longest)}.
          </p>
        </li>
        <li className={card}>
          <h3 className="text-lg font-semibold">Quiz in progress</h3>
          {openQuiz ? (
            <>
              <p>
                {openQuiz.title}: {openQuiz.answeredCount} of {openQuiz.total} answered
              </p>
              <Link href={`/quiz/${openQuiz.id}`} className={action}>
                Resume quiz
              </Link>
            </>
          ) : (
            <>
              <p className="text-slate-700 dark:text-slate-300">None open.</p>
              <Link href="/quiz/new" className="tap self-start text-brand-700 underline dark:text-brand-100">
                Start a quiz
              </Link>
            </>
          )}
        </li>
      </ul>
    </section>
  );
}
