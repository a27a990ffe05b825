import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AssignmentForm } from "@/components/teach/assignment-form";
import { utcToZonedLocal } from "@/lib/domain/classes/time-zone";
import { rowIdSchema } from "@/lib/schemas/classes";
import { requireRole } from "@/lib/server/auth";
import { getAssignmentForInstructor } from "@/lib/server/data/assignments";

export const metadata: Metadata = { title: "Edit assignment" };

// Changes the rules of one of the instructor's assignments (not its class or set).
export default async function EditAssignmentPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole("instructor");
  const id = rowIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const a = await getAssignmentForInstructor(user.id, id.data);
  if (!a) notFound();
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href={`/teach/assignments/${a.id}`} className="tap text-brand-700 underline dark:text-brand-100">
          Back to {a.title}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Edit assignment</h1>
      <p className="text-slate-700 dark:text-slate-300">
        {a.class.name}, set “{a.set.title}”. Changes apply at once. Attempts in progress keep their time limit; their deadline follows the new due date (or the new cut-off, when late work is accepted).
      </p>
      <AssignmentForm
        mode="edit"
        assignmentId={a.id}
        timeZone={a.timeZone}
        initial={{
          title: a.title,
          opensAt: utcToZonedLocal(a.opensAt, a.timeZone),
          dueAt: utcToZonedLocal(a.dueAt, a.timeZone),
          timeLimitMinutes: a.timeLimitSeconds === null ? "" : String(Math.round(a.timeLimitSeconds / 60)),
          attemptsAllowed: a.attemptsAllowed === null ? "" : String(a.attemptsAllowed),
          gradingMethod: a.gradingMethod,
          feedback: a.feedback,
          lateWork: a.lateWork,
          cutoffAt: a.cutoffAt ? utcToZonedLocal(a.cutoffAt, a.timeZone) : "",
          shuffleQuestions: a.shuffleQuestions,
          shuffleOptions: a.shuffleOptions,
          holdOutOfSelfStudy: a.holdOutOfSelfStudy,
          targetRecall: String(Math.round(a.targetRecall * 100)),
        }}
      />
    </div>
  );
}
