import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { LocalTime } from "@/components/classes/local-time";
import { AssignmentForm } from "@/components/teach/assignment-form";
import { JoinCodePanel } from "@/components/teach/join-code-panel";
import { RenameForm } from "@/components/teach/rename-form";
import { Roster } from "@/components/teach/roster";
import { MAX_CLASS_NAME } from "@/lib/schemas/classes";
import { deleteClassAction, renameClassAction } from "@/lib/server/actions/classes";
import { requireRole } from "@/lib/server/auth";
import { listAssignmentsForClass } from "@/lib/server/data/assignments";
import { getClassForInstructor, listRemovedMembers } from "@/lib/server/data/classes";
import { listQuestionSets } from "@/lib/server/data/question-sets";
import { publicBaseUrl } from "@/lib/server/password-reset";
import { Panel } from "@/components/ui/panel";
import { BackLink, TextLink } from "@/components/ui/text-link";
import { rowParam } from "@/lib/server/page-params";
import { LinkList } from "@/components/ui/link-list";
import { DangerZone, RemovalForm } from "@/components/ui/danger-zone";

export const metadata: Metadata = { title: "Class" };

// One of the instructor's classes: join code, roster, assignments and the "Assign" form. Another
// instructor's class is a 404; a student gets the 403 page.
export default async function TeachClassPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole("instructor");
  const klass = await rowParam(params, (id) => getClassForInstructor(user.id, id));
  const [assignments, sets, removed] = await Promise.all([listAssignmentsForClass(user.id, klass.id), listQuestionSets(user.id), listRemovedMembers(user.id, klass.id)]);
  return (
    <div className="flex flex-col gap-8">
      <BackLink href="/teach">Teach</BackLink>
      <h1 className="text-3xl font-bold">{klass.name}</h1>
      <RenameForm action={renameClassAction} idField="classId" id={klass.id} label="Class name" name="name" value={klass.name} maxLength={MAX_CLASS_NAME} />
      <JoinCodePanel classId={klass.id} joinCode={klass.joinCode} baseUrl={publicBaseUrl()} />
      <Panel id="roster-heading" title={`Students (${klass.enrollments.length})`}>
        <Roster classId={klass.id} members={klass.enrollments} removed={removed} />
      </Panel>
      <Panel id="assignments-heading" title="Assignments">
        <LinkList
          empty="No assignments yet."
          items={assignments.map((a) => ({
            key: a.id,
            href: `/teach/assignments/${a.id}`,
            label: a.title,
            detail: (
              <>
                ({a.set.title}) · due <LocalTime iso={a.dueAt.toISOString()} fallbackZone={a.timeZone} />
              </>
            ),
          }))}
        />
        <p>
          <TextLink href={`/teach/classes/${klass.id}/gradebook`}>
            Gradebook
          </TextLink>
          {" · "}
          <Link href={`/teach/classes/${klass.id}/audit`} className="text-brand-700 underline dark:text-brand-100">
            Audit log
          </Link>
        </p>
      </Panel>
      <Panel id="assign-heading" title="New assignment">
        {sets.length === 0 ? (
          <p>
            Make a question set first on the{" "}
            <TextLink href="/teach">
              Teach page
            </TextLink>
            .
          </p>
        ) : (
          <AssignmentForm mode="create" classId={klass.id} sets={sets} />
        )}
      </Panel>
      <DangerZone title="Delete this class">
        <RemovalForm action={deleteClassAction} ids={{ classId: klass.id }} button="Delete class">
          This removes the class, its roster of {klass.enrollments.length} {klass.enrollments.length === 1 ? "student" : "students"} and its {assignments.length}{" "}
          {assignments.length === 1 ? "assignment" : "assignments"} with every attempt and grade. Students keep their own practice. It cannot be undone.
        </RemovalForm>
      </DangerZone>
    </div>
  );
}
