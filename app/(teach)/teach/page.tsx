import type { Metadata } from "next";
import { CreateClassForm } from "@/components/teach/create-class-form";
import { NewSetForm } from "@/components/teach/new-set-form";
import { requireRole } from "@/lib/server/auth";
import { listClassesForInstructor } from "@/lib/server/data/classes";
import { listQuestionSets } from "@/lib/server/data/question-sets";
import { LinkList } from "@/components/ui/link-list";

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
        <LinkList
          empty="No classes yet."
          items={classes.map((c) => ({
            key: c.id,
            href: `/teach/classes/${c.id}`,
            label: c.name,
            detail: `· ${c.memberCount} ${c.memberCount === 1 ? "student" : "students"} · ${c.assignmentCount} ${c.assignmentCount === 1 ? "assignment" : "assignments"}`,
          }))}
        />
        <h3 className="text-lg font-semibold">Create a class</h3>
        <CreateClassForm />
      </section>
      <section aria-labelledby="sets-heading" className="flex flex-col gap-4">
        <h2 id="sets-heading" className="text-2xl font-semibold">
          Your question sets
        </h2>
        <LinkList empty="No question sets yet." items={sets.map((s) => ({ key: s.id, href: `/teach/sets/${s.id}`, label: s.title, detail: `· ${s.itemCount} ${s.itemCount === 1 ? "item" : "items"}` }))} />
        <NewSetForm />
      </section>
    </div>
  );
}
