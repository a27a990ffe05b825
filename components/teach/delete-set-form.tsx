"use client";

import { deleteQuestionSetAction } from "@/lib/server/actions/question-sets";
import { ActionForm, FormStatus } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";

// Deletes a question set; says why not while assignments still use it.
export function DeleteSetForm({ setId }: { setId: string }) {
  return (
    <ActionForm action={deleteQuestionSetAction} ids={{ setId }} className="mt-3 flex flex-col items-start gap-3">
      {({ state, pending }) => (
        <>
          <p>This deletes the set and its items. Questions you wrote stay available for your other sets. It cannot be undone.</p>
          <Button type="submit" variant="danger" disabled={pending}>
            Delete set
          </Button>
          <FormStatus state={state} tone="error" />
        </>
      )}
    </ActionForm>
  );
}
