"use client";

import { useActionState, useEffect } from "react";
import { deleteMyAccount } from "@/lib/server/actions/account";
import { initialFormState } from "@/lib/view/form-state";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { signOutToLanding } from "@/components/auth/sign-out-button";

// Account deletion with a typed confirmation and the password; signs out once the account is gone. The page passes
// the phrase: importing it from its schema module would put zod in this page's bundle.
export function DeleteAccountForm({ confirmPhrase }: { confirmPhrase: string }) {
  const [state, action, pending] = useActionState(deleteMyAccount, initialFormState);
  useEffect(() => {
    if (state.ok) void signOutToLanding();
  }, [state.ok]);
  return (
    <form action={action} className="flex max-w-md flex-col gap-3">
      <Field label={`Type "${confirmPhrase}" to confirm`} name="confirm" autoComplete="off" errors={state.errors.confirm} />
      <Field label="Your password" name="password" type="password" autoComplete="current-password" errors={state.errors.password} />
      <p role="status" aria-live="polite">
        {state.message}
      </p>
      <Button type="submit" variant="danger" disabled={pending || state.ok}>
        Delete my account
      </Button>
    </form>
  );
}
