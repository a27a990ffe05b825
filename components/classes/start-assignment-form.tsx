"use client";

import { useActionState } from "react";
import { startAssignmentAction } from "@/lib/server/actions/assignments";
import { initialFormState } from "@/lib/view/form-state";
import { PendingButton } from "@/components/ui/pending-button";

// The button that starts (or resumes) an assignment attempt; refusals are announced.
export function StartAssignmentForm({ assignmentId, label }: { assignmentId: string; label: string }) {
  const [state, action, pending] = useActionState(startAssignmentAction, initialFormState);
  return (
    <form action={action} className="flex flex-col items-start gap-2">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <PendingButton type="submit" pending={pending} pendingLabel="Starting…">
        {label}
      </PendingButton>
      <p role="status" aria-live="polite" className="text-red-700 dark:text-red-400">
        {state.message}
      </p>
    </form>
  );
}
