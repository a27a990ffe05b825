"use client";

import { useActionState } from "react";
import { retryMistakes } from "@/lib/server/actions/quiz";
import { initialFormState } from "@/lib/server/form-state";
import { Button } from "@/components/ui/button";

// "Retry my mistakes": one button; says so when there is nothing to retry.
export function RetryMistakesForm({ requestKey }: { requestKey: string }) {
  const [state, action, pending] = useActionState(retryMistakes, initialFormState);
  return (
    <form action={action} className="flex flex-col items-start gap-2">
      <input type="hidden" name="requestKey" value={requestKey} />
      <Button type="submit" variant="secondary" disabled={pending}>
        Retry my mistakes
      </Button>
      <p role="status" aria-live="polite" className="text-sm">
        {state.message}
      </p>
    </form>
  );
}
