import { Link } from "@/components/ui/link";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { JoinClassForm } from "@/components/classes/join-class-form";
import { requireUser } from "@/lib/server/auth";
import { listClassesForStudent } from "@/lib/server/data/classes";

export const metadata: Metadata = { title: "Your classes" };

// The student's classes and the form to join one; instructors manage theirs under /teach.
export default async function ClassesPage() {
  const user = await requireUser();
  if (user.role === "instructor") redirect("/teach");
  const classes = await listClassesForStudent(user.id);
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-bold">Your classes</h1>
      <section aria-labelledby="join-heading" className="flex flex-col gap-3">
        <h2 id="join-heading" className="text-xl font-semibold">
          Join a class
        </h2>
        <JoinClassForm />
      </section>
      <section aria-labelledby="classes-heading" className="flex flex-col gap-3">
        <h2 id="classes-heading" className="text-xl font-semibold">
          Classes you are in
        </h2>
        {classes.length === 0 ? (
          <p>You have not joined a class yet. Ask your instructor for the class code.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {classes.map((c) => (
              <li key={c.id}>
                <Link href={`/classes/${c.id}`} className="tap font-semibold text-brand-700 underline dark:text-brand-100">
                  {c.name}
                </Link>{" "}
                <span className="text-slate-700 dark:text-slate-300">with {c.instructorName}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
