import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/server/auth";

// The landing page: what Retain is, and the way in. A signed-in visitor goes to their home page:
// the teaching area for instructors, the dashboard for learners (sign-in lands here by default).
export default async function LandingPage() {
  const user = await getSessionUser();
  if (user) redirect(user.role === "instructor" ? "/teach" : "/dashboard");
  return (
    <div className="flex flex-col gap-10">
      <section className="flex flex-col gap-4">
        <h1 className="text-4xl font-bold tracking-tight">Learn it once. Keep it for good.</h1>
        <p className="max-w-2xl text-lg text-slate-700 dark:text-slate-300">
          Retain turns the article &ldquo;U.S. Immigration Police: Roles and Responsibilities&rdquo; into quizzes and flashcards. Every answer cites
          the sentence it comes from, and where the article departs from the public record, a note says so.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href="/sign-up" className="rounded-lg bg-brand-600 px-5 py-3 font-medium text-white hover:bg-brand-700">
            Create a free account
          </Link>
          <Link href="/sign-in" className="rounded-lg border border-slate-300 px-5 py-3 font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
            Sign in
          </Link>
        </div>
      </section>
      <section aria-labelledby="features" className="grid gap-4 sm:grid-cols-3">
        <h2 id="features" className="sr-only">
          What you can do
        </h2>
        {[
          ["Quizzes", "Six question types, a practice mode with instant feedback and a timed exam mode."],
          ["Flashcards", "Spaced repetition with FSRS, the memory model Anki uses, tuned to your own history."],
          ["Classes", "Instructors assign question sets with dates and rules, and see grades and item statistics."],
        ].map(([title, text]) => (
          <div key={title} className="rounded-xl border border-slate-200 p-5 dark:border-slate-800">
            <h3 className="text-lg font-semibold">{title}</h3>
            <p className="mt-1 text-slate-700 dark:text-slate-300">{text}</p>
          </div>
        ))}
      </section>
    </div>
  );
}
