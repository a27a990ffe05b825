import type { ReactNode } from "react";
import type { FormState } from "@/lib/view/form-state";

// The frame of a form about one student on one assignment (extension, grade): the two ids, the
// fields, the action's message (live) and the buttons.
export function StudentAssignmentForm(props: { action: (data: FormData) => void; label: string; assignmentId: string; userId: string; state: FormState; fields: ReactNode; buttons: ReactNode }) {
  return (
    <form action={props.action} className="flex flex-col gap-3" noValidate aria-label={props.label}>
      <input type="hidden" name="assignmentId" value={props.assignmentId} />
      <input type="hidden" name="userId" value={props.userId} />
      {props.fields}
      <p role="status" aria-live="polite" className={props.state.ok ? "text-green-700 dark:text-green-400" : "text-red-700 dark:text-red-400"}>
        {props.state.message}
      </p>
      {props.buttons}
    </form>
  );
}
