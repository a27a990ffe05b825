"use client";

import { retryMistakes } from "@/lib/server/actions/quiz";
import { ActionForm, FormStatus } from "@/components/ui/action-form";
import { PendingButton } from "@/components/ui/pending-button";

// "Retry my mistakes": one button; says so when there is nothing to retry.
export function RetryMistakesForm({ requestKey }: { requestKey: string }) {
  return (
    <ActionForm action={retryMistakes} ids={{ requestKey }} className="flex flex-col items-start gap-2">
      {({ state, pending }) => (
        <>
          <PendingButton type="submit" variant="secondary" pending={pending} pendingLabel="Starting…">
            Retry my mistakes
          </PendingButton>
          <FormStatus state={state} className="text-sm" />
        </>
      )}
    </ActionForm>
  );
}
