import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { JoinClassForm } from "@/components/classes/join-class-form";
import { requireUser } from "@/lib/server/auth";
import { listClassesForStudent } from "@/lib/server/data/classes";
import { Panel } from "@/components/ui/panel";
import { LinkList } from "@/components/ui/link-list";

export const metadata: Metadata = { title: "Your classes" };

// The student's classes and the form to join one; instructors manage theirs under /teach.
export default async function ClassesPage() {
  const user = await requireUser();
  if (user.role === "instructor") redirect("/teach");
  const classes = await listClassesForStudent(user.id);
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-bold">Your classes</h1>
      <Panel id="join-heading" title="Join a class">
        <JoinClassForm />
      </Panel>
      <Panel id="classes-heading" title="Classes you are in">
        <LinkList empty="You have not joined a class yet. Ask your instructor for the class code." items={classes.map((c) => ({ key: c.id, href: `/classes/${c.id}`, label: c.name, detail: `with ${c.instructorName}` }))} />
      </Panel>
    </div>
  );
}
