"use client";

import { useActionState } from "react";
import { signUp } from "@/lib/server/actions/sign-up";
import { initialFormState } from "@/lib/view/form-state";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

// The sign-up form: name, email, password and role. The answer is "check your inbox" whether or not
// the address has an account; the account is used once the mailed link confirms the address.
export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState(signUp, initialFormState);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <Field label="Name" name="name" autoComplete="name" required defaultValue={state.values?.name} errors={state.errors.name} />
      <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} errors={state.errors.email} />
      <Field label="Password" name="password" type="password" autoComplete="new-password" required minLength={10} hint="At least 10 characters." errors={state.errors.password} />
      <fieldset className="flex flex-col gap-2" aria-describedby={state.errors.role ? "role-error" : undefined}>
        <legend className="font-medium">I am a</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="role" value="student" defaultChecked={state.values?.role !== "instructor"} className="size-5" /> Student
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="role" value="instructor" defaultChecked={state.values?.role === "instructor"} className="size-5" /> Instructor
        </label>
        {state.errors.role ? (
          <p id="role-error" className="text-sm text-red-700 dark:text-red-400">
            {state.errors.role.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <p aria-live="polite" role="status" className={state.ok ? "text-green-700 dark:text-green-400" : "text-red-700 dark:text-red-400"}>
        {state.message}
      </p>
      {state.ok ? (
        <a className="text-brand-700 underline dark:text-brand-100" href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}>
          Go to sign in
        </a>
      ) : null}
      <Button type="submit" disabled={pending || state.ok}>
        Create account
      </Button>
    </form>
  );
}
