import { Link } from "@/components/ui/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/server/auth";
import { DashboardAssignments } from "@/components/classes/dashboard-assignments";
import { TodayPanel } from "@/components/dashboard/today-panel";
import { loadToday } from "@/lib/server/dashboard/today";
import { listStudentAssignments } from "@/lib/server/assignments/student";

export const metadata: Metadata = { title: "Dashboard" };

// The signed-in home: what is due today, the streak, the quiz to resume, assignments, where to go next.
export default async function DashboardPage() {
  const user = await requireUser();
  const now = new Date();
  const [today, assignments] = await Promise.all([loadToday(user.id, now), user.role === "student" ? listStudentAssignments(user.id, now) : []]);
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-bold">Welcome, {user.name}</h1>
      <TodayPanel today={today} />
      {assignments.length > 0 ? <DashboardAssignments assignments={assignments} /> : null}
      <ul className="grid gap-4 sm:grid-cols-2">
        <li>
          <Link href="/sections" className="block rounded-xl border border-slate-200 p-5 hover:border-brand-600 dark:border-slate-800">
            <span className="text-lg font-semibold">Read the article</span>
            <span className="block text-slate-700 dark:text-slate-300">Section by section, with accuracy notes.</span>
          </Link>
        </li>
        <li>
          <Link href="/quiz/new" className="block rounded-xl border border-slate-200 p-5 hover:border-brand-600 dark:border-slate-800">
            <span className="text-lg font-semibold">Take a quiz</span>
            <span className="block text-slate-700 dark:text-slate-300">Practice with feedback, or sit a timed exam.</span>
          </Link>
        </li>
        <li>
          <Link href="/review" className="block rounded-xl border border-slate-200 p-5 hover:border-brand-600 dark:border-slate-800">
            <span className="text-lg font-semibold">Review flashcards</span>
            <span className="block text-slate-700 dark:text-slate-300">Spaced repetition keeps what you learned.</span>
          </Link>
        </li>
        <li>
          <Link href={user.role === "instructor" ? "/teach" : "/classes"} className="block rounded-xl border border-slate-200 p-5 hover:border-brand-600 dark:border-slate-800">
            <span className="text-lg font-semibold">{user.role === "instructor" ? "Teach" : "Your classes"}</span>
            <span className="block text-slate-700 dark:text-slate-300">
              {user.role === "instructor" ? "Classes, question sets, assignments and grades." : "Assignments from your instructors."}
            </span>
          </Link>
        </li>
      </ul>
    </div>
  );
}
