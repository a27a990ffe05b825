"use client";

import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

const messages: Record<string, string> = {
  TooManyAttempts: "Too many failed sign-ins. Wait a few minutes and try again.",
  CredentialsSignin: "Wrong email or password.",
};

// The sign-in form; on success it goes to the page the visitor came from.
export function SignInForm({ callbackUrl, githubEnabled }: { callbackUrl: string; githubEnabled: boolean }) {
  const [error, setError] = useState("");
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError("");
    const data = new FormData(event.currentTarget);
    const result = await signIn("credentials", { email: String(data.get("email")), password: String(data.get("password")), redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    setError(messages[result?.error ?? ""] ?? "Sign-in failed. Try again in a moment.");
  }

  return (
    <div className="flex flex-col gap-6">
      <form onSubmit={onSubmit} className="flex flex-col gap-4">
        <Field label="Email" name="email" type="email" autoComplete="email" required />
        <Field label="Password" name="password" type="password" autoComplete="current-password" required />
        <p aria-live="assertive" className="min-h-6 text-red-700 dark:text-red-400" data-testid="sign-in-error">
          {error}
        </p>
        <Button type="submit" disabled={pending}>
          Sign in
        </Button>
      </form>
      {githubEnabled ? (
        <Button variant="secondary" type="button" onClick={() => signIn("github", { callbackUrl })}>
          Sign in with GitHub
        </Button>
      ) : null}
    </div>
  );
}
