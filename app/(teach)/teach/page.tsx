import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { CreateClassForm } from "@/components/teach/create-class-form";
import { NewSetForm } from "@/components/teach/new-set-form";
import { requireRole } from "@/lib/server/auth";
import { listClassesForInstructor } from "@/lib/server/data/classes";
import { listQuestionSets } from "@/lib/server/data/question-sets";

export const metadata: Metadata = { title: "Teach" };

// The instructor home: their classes and question sets (only their own), and forms to add more.
export default async function TeachPage() {
  const user = await requireRole("instructor");
  const [classes, sets] = await Promise.all([listClassesForInstructor(user.id), listQuestionSets(user.id)]);
  return (
    <div className="flex flex-col gap-10">
      <h1 className="text-3xl font-bold">Teach</h1>
      <section aria-labelledby="classes-heading" className="flex flex-col gap-4">
        <h2 id="classes-heading" className="text-2xl font-semibold">
          Your classes
        </h2>
        {classes.length === 0 ? (
          <p>No classes yet.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {classes.map((c) => (
              <li key={c.id}>
                <Link href={`/teach/classes/${c.id}`} className="tap font-semibold text-brand-700 underline dark:text-brand-100">
                  {c.name}
                </Link>{" "}
                <span className="text-slate-700 dark:text-slate-300">
                  · {c.memberCount} {c.memberCount === 1 ? "student" : "students"} · {c.assignmentCount} {c.assignmentCount === 1 ? "assignment" : "assignments"}
                </span>
              </li>
            ))}
          </ul>
        )}
        <h3 className="text-lg font-semibold">Create a class</h3>
        <CreateClassForm />
      </section>
      <section aria-labelledby="sets-heading" className="flex flex-col gap-4">
        <h2 id="sets-heading" className="text-2xl font-semibold">
          Your question sets
        </h2>
        {sets.length === 0 ? (
          <p>No question sets yet.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {sets.map((s) => (
              <li key={s.id}>
                <Link href={`/teach/sets/${s.id}`} className="tap font-semibold text-brand-700 underline dark:text-brand-100">
                  {s.title}
                </Link>{" "}
                <span className="text-slate-700 dark:text-slate-300">
                  · {s.itemCount} {s.itemCount === 1 ? "item" : "items"}
                </span>
              </li>
            ))}
          </ul>
        )}
        <NewSetForm />
      </section>
    </div>
  );
}
