"use client";

import { setExtensionAction } from "@/lib/server/actions/assignments";
import { assignmentDateBounds, utcToZonedLocal } from "@/lib/domain/classes/time-zone";
import { useBrowserZone } from "@/lib/view/browser-zone";
import { Button } from "@/components/ui/button";
import { Field, NumberField } from "@/components/ui/field";
import { StudentAssignmentForm } from "@/components/teach/student-assignment-form";

// One student's extension on one assignment: a later due date (typed in the instructor's zone)
// and extra attempts. An empty date and 0 attempts remove it.
export function ExtensionForm({ assignmentId, userId, dueAt, extraAttempts, label }: { assignmentId: string; userId: string; dueAt: string | null; extraAttempts: number; label: string }) {
  const zone = useBrowserZone("UTC");
  return (
    <StudentAssignmentForm
      action={setExtensionAction}
      label={label}
      assignmentId={assignmentId}
      userId={userId}
      fields={({ values: v, errors, id }) => (
        <>
          <input type="hidden" name="timeZone" value={zone} />
          <div className="grid gap-3 sm:grid-cols-2">
            <Field label="Due at, for this student" name="dueAt" id={id("dueAt")} type="datetime-local" {...assignmentDateBounds} hint={`Empty: the class's due date. Your time zone (${zone}).`} defaultValue={v?.dueAt ?? (dueAt ? utcToZonedLocal(new Date(dueAt), zone) : "")} errors={errors.dueAt} />
            <NumberField label="Extra attempts" name="extraAttempts" id={id("extraAttempts")} min={0} max={20} defaultValue={v?.extraAttempts ?? String(extraAttempts)} errors={errors.extraAttempts} />
          </div>
        </>
      )}
      buttons={(pending) => (
        <Button type="submit" variant="secondary" disabled={pending} className="self-start">
          Save extension
        </Button>
      )}
    />
  );
}
