"use client";

import { useActionState, useSyncExternalStore } from "react";
import { setExtensionAction } from "@/lib/server/actions/assignments";
import { assignmentDateBounds, utcToZonedLocal } from "@/lib/domain/classes/time-zone";
import { initialFormState } from "@/lib/view/form-state";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { StudentAssignmentForm } from "@/components/teach/student-assignment-form";

const subscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
const serverZone = () => "UTC";

// One student's extension on one assignment: a later due date (typed in the instructor's zone)
// and extra attempts. An empty date and 0 attempts remove it.
export function ExtensionForm({ assignmentId, userId, dueAt, extraAttempts, label }: { assignmentId: string; userId: string; dueAt: string | null; extraAttempts: number; label: string }) {
  const [state, action, pending] = useActionState(setExtensionAction, initialFormState);
  const zone = useSyncExternalStore(subscribe, browserZone, serverZone);
  const v = state.values;
  const id = (name: string) => `${name}-${assignmentId}`;
  return (
    <StudentAssignmentForm
      action={action}
      label={label}
      assignmentId={assignmentId}
      userId={userId}
      state={state}
      fields={
        <>
          <input type="hidden" name="timeZone" value={zone} />
          <div className="grid gap-3 sm:grid-cols-2">
            <Field label="Due at, for this student" name="dueAt" id={id("dueAt")} type="datetime-local" {...assignmentDateBounds} hint={`Empty: the class's due date. Your time zone (${zone}).`} defaultValue={v?.dueAt ?? (dueAt ? utcToZonedLocal(new Date(dueAt), zone) : "")} errors={state.errors.dueAt} />
            <Field label="Extra attempts" name="extraAttempts" id={id("extraAttempts")} type="number" inputMode="numeric" min={0} max={20} defaultValue={v?.extraAttempts ?? String(extraAttempts)} errors={state.errors.extraAttempts} />
          </div>
        </>
      }
      buttons={
        <Button type="submit" variant="secondary" disabled={pending} className="self-start">
          Save extension
        </Button>
      }
    />
  );
}
