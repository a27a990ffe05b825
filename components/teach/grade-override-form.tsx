"use client";

import { setGradeOverrideAction } from "@/lib/server/actions/assignments";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { StudentAssignmentForm } from "@/components/teach/student-assignment-form";

// The instructor's own grade for one student on one assignment, with the reason (kept in the audit
// log); "Use the attempts' grade" removes it.
export function GradeOverrideForm({ assignmentId, userId, percent, reason, label }: { assignmentId: string; userId: string; percent: number | null; reason: string; label: string }) {
  return (
    <StudentAssignmentForm
      action={setGradeOverrideAction}
      label={label}
      assignmentId={assignmentId}
      userId={userId}
      fields={({ values: v, errors, id }) => (
        <div className="grid gap-3 sm:grid-cols-[10rem_minmax(0,1fr)]">
          <Field label="Grade (%)" name="percent" id={id("percent")} type="number" inputMode="decimal" min={0} max={100} step="any" defaultValue={v?.percent ?? (percent === null ? "" : String(percent))} errors={errors.percent} />
          <Field label="Reason" name="reason" id={id("reason")} maxLength={500} defaultValue={v?.reason ?? reason} errors={errors.reason} hint="Kept in the class's audit log." />
        </div>
      )}
      buttons={(pending) => (
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="secondary" disabled={pending}>
            Save grade
          </Button>
          {percent !== null ? (
            <Button type="submit" variant="secondary" name="clear" value="on" disabled={pending}>
              Use the attempts&apos; grade
            </Button>
          ) : null}
        </div>
      )}
    />
  );
}
