"use client";

import { useActionState } from "react";
import { retryMistakes } from "@/lib/server/actions/quiz";
import { initialFormState } from "@/lib/view/form-state";
import { PendingButton } from "@/components/ui/pending-button";

// "Retry my mistakes": one button; says so when there is nothing to retry.
export function RetryMistakesForm({ requestKey }: { requestKey: string }) {
  const [state, action, pending] = useActionState(retryMistakes, initialFormState);
  return (
    <form action={action} className="flex flex-col items-start gap-2">
      <input type="hidden" name="requestKey" value={requestKey} />
      <PendingButton type="submit" variant="secondary" pending={pending} pendingLabel="Starting…">
        Retry my mistakes
      </PendingButton>
      <p role="status" aria-live="polite" className="text-sm">
        {state.message}
      </p>
    </form>
  );
}
