"use client";

import { useActionState, useEffect } from "react";
import { signOut } from "next-auth/react";
import { deleteMyAccount } from "@/lib/server/actions/account";
import { initialFormState } from "@/lib/server/form-state";
import { deleteAccountPhrase } from "@/lib/schemas/account";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

// Account deletion with a typed confirmation; signs out once the account is gone.
export function DeleteAccountForm() {
  const [state, action, pending] = useActionState(deleteMyAccount, initialFormState);
  useEffect(() => {
    if (state.ok) void signOut({ callbackUrl: "/" });
  }, [state.ok]);
  return (
    <form action={action} className="flex max-w-md flex-col gap-3">
      <Field label={`Type "${deleteAccountPhrase}" to confirm`} name="confirm" autoComplete="off" errors={state.errors.confirm} />
      <p role="status" aria-live="polite">
        {state.message}
      </p>
      <Button type="submit" variant="danger" disabled={pending || state.ok}>
        Delete my account
      </Button>
    </form>
  );
}
