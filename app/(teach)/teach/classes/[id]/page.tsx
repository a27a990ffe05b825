import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { LocalTime } from "@/components/classes/local-time";
import { AssignmentForm } from "@/components/teach/assignment-form";
import { JoinCodePanel } from "@/components/teach/join-code-panel";
import { RenameForm } from "@/components/teach/rename-form";
import { Roster } from "@/components/teach/roster";
import { Button } from "@/components/ui/button";
import { MAX_CLASS_NAME, rowIdSchema } from "@/lib/schemas/classes";
import { deleteClassAction, renameClassAction } from "@/lib/server/actions/classes";
import { requireRole } from "@/lib/server/auth";
import { listAssignmentsForClass } from "@/lib/server/data/assignments";
import { getClassForInstructor, listRemovedMembers } from "@/lib/server/data/classes";
import { listQuestionSets } from "@/lib/server/data/question-sets";
import { publicBaseUrl } from "@/lib/server/password-reset";

export const metadata: Metadata = { title: "Class" };

// One of the instructor's classes: join code, roster, assignments and the "Assign" form. Another
// instructor's class is a 404; a student gets the 403 page.
export default async function TeachClassPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole("instructor");
  const id = rowIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const klass = await getClassForInstructor(user.id, id.data);
  if (!klass) notFound();
  const [assignments, sets, removed] = await Promise.all([listAssignmentsForClass(user.id, klass.id), listQuestionSets(user.id), listRemovedMembers(user.id, klass.id)]);
  return (
    <div className="flex flex-col gap-8">
      <p>
        <Link href="/teach" className="tap text-brand-700 underline dark:text-brand-100">
          Teach
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{klass.name}</h1>
      <RenameForm action={renameClassAction} idField="classId" id={klass.id} label="Class name" name="name" value={klass.name} maxLength={MAX_CLASS_NAME} />
      <JoinCodePanel classId={klass.id} joinCode={klass.joinCode} baseUrl={publicBaseUrl()} />
      <section aria-labelledby="roster-heading" className="flex flex-col gap-3">
        <h2 id="roster-heading" className="text-xl font-semibold">
          Students ({klass.enrollments.length})
        </h2>
        <Roster classId={klass.id} members={klass.enrollments} removed={removed} />
      </section>
      <section aria-labelledby="assignments-heading" className="flex flex-col gap-3">
        <h2 id="assignments-heading" className="text-xl font-semibold">
          Assignments
        </h2>
        {assignments.length === 0 ? (
          <p>No assignments yet.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {assignments.map((a) => (
              <li key={a.id}>
                <Link href={`/teach/assignments/${a.id}`} className="tap font-semibold text-brand-700 underline dark:text-brand-100">
                  {a.title}
                </Link>{" "}
                <span className="text-slate-700 dark:text-slate-300">
                  ({a.set.title}) · due <LocalTime iso={a.dueAt.toISOString()} fallbackZone={a.timeZone} />
                </span>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link href={`/teach/classes/${klass.id}/gradebook`} className="tap text-brand-700 underline dark:text-brand-100">
            Gradebook
          </Link>
          {" · "}
          <Link href={`/teach/classes/${klass.id}/audit`} className="text-brand-700 underline dark:text-brand-100">
            Audit log
          </Link>
        </p>
      </section>
      <section aria-labelledby="assign-heading" className="flex flex-col gap-3">
        <h2 id="assign-heading" className="text-xl font-semibold">
          New assignment
        </h2>
        {sets.length === 0 ? (
          <p>
            Make a question set first on the{" "}
            <Link href="/teach" className="tap text-brand-700 underline dark:text-brand-100">
              Teach page
            </Link>
            .
          </p>
        ) : (
          <AssignmentForm mode="create" classId={klass.id} sets={sets} />
        )}
      </section>
      <details className="rounded-lg border border-red-300 p-4 dark:border-red-800">
        <summary className="cursor-pointer font-medium text-red-800 dark:text-red-300">Delete this class</summary>
        <form action={deleteClassAction} className="mt-3 flex flex-col items-start gap-3">
          <input type="hidden" name="classId" value={klass.id} />
          <p>
            This removes the class, its roster of {klass.enrollments.length} {klass.enrollments.length === 1 ? "student" : "students"} and its {assignments.length}{" "}
            {assignments.length === 1 ? "assignment" : "assignments"} with every attempt and grade. Students keep their own practice. It cannot be undone.
          </p>
          <Button type="submit" variant="danger">
            Delete class
          </Button>
        </form>
      </details>
    </div>
  );
}
