import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound, redirect } from "next/navigation";
import { AssignmentList } from "@/components/classes/assignment-list";
import { rowIdSchema } from "@/lib/schemas/classes";
import { requireUser } from "@/lib/server/auth";
import { getClassForStudent } from "@/lib/server/data/classes";
import { listStudentAssignments } from "@/lib/server/assignments/student";

export const metadata: Metadata = { title: "Class" };

// One class the student joined, with its assignments; any other class is a 404.
export default async function StudentClassPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  if (user.role === "instructor") redirect("/teach");
  const id = rowIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const klass = await getClassForStudent(user.id, id.data);
  if (!klass) notFound();
  const assignments = await listStudentAssignments(user.id, new Date(), klass.id);
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/classes" className="tap text-brand-700 underline dark:text-brand-100">
          Your classes
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{klass.name}</h1>
      <p>Instructor: {klass.instructor.name}</p>
      <section aria-labelledby="assignments-heading" className="flex flex-col gap-3">
        <h2 id="assignments-heading" className="text-xl font-semibold">
          Assignments
        </h2>
        {assignments.length === 0 ? <p>No assignments yet.</p> : <AssignmentList assignments={assignments} showClass={false} />}
      </section>
    </div>
  );
}
