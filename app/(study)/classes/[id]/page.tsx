import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AssignmentList } from "@/components/classes/assignment-list";
import { requireUser } from "@/lib/server/auth";
import { getClassForStudent } from "@/lib/server/data/classes";
import { listStudentAssignments } from "@/lib/server/assignments/student";
import { Panel } from "@/components/ui/panel";
import { BackLink } from "@/components/ui/text-link";
import { rowParam } from "@/lib/server/page-params";

export const metadata: Metadata = { title: "Class" };

// One class the student joined, with its assignments; any other class is a 404.
export default async function StudentClassPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  if (user.role === "instructor") redirect("/teach");
  const klass = await rowParam(params, (id) => getClassForStudent(user.id, id));
  const assignments = await listStudentAssignments(user.id, new Date(), klass.id);
  return (
    <div className="flex flex-col gap-6">
      <BackLink href="/classes">Your classes</BackLink>
      <h1 className="text-3xl font-bold">{klass.name}</h1>
      <p>Instructor: {klass.instructor.name}</p>
      <Panel id="assignments-heading" title="Assignments">
        {assignments.length === 0 ? <p>No assignments yet.</p> : <AssignmentList assignments={assignments} showClass={false} />}
      </Panel>
    </div>
  );
}
