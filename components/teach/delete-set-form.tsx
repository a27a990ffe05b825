"use client";

import { useActionState } from "react";
import { deleteQuestionSetAction } from "@/lib/server/actions/question-sets";
import { initialFormState } from "@/lib/view/form-state";
import { Button } from "@/components/ui/button";

// Deletes a question set; says why not while assignments still use it.
export function DeleteSetForm({ setId }: { setId: string }) {
  const [state, action, pending] = useActionState(deleteQuestionSetAction, initialFormState);
  return (
    <form action={action} className="mt-3 flex flex-col items-start gap-3">
      <input type="hidden" name="setId" value={setId} />
      <p>This deletes the set and its items. Questions you wrote stay available for your other sets. It cannot be undone.</p>
      <Button type="submit" variant="danger" disabled={pending}>
        Delete set
      </Button>
      <p role="status" aria-live="polite" className="text-red-700 dark:text-red-400">
        {state.message}
      </p>
    </form>
  );
}
