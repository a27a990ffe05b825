"use client";

import { Link } from "@/components/ui/link";
import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { PendingButton } from "@/components/ui/pending-button";
import { Field } from "@/components/ui/field";
import { useBrowserZone } from "@/lib/view/browser-zone";

const messages: Record<string, string> = {
  TooManyAttempts: "Too many failed sign-ins. Wait a few minutes and try again.",
  CredentialsSignin: "Wrong email or password.",
  EmailUnverified: "Confirm your email address first: follow the link in the mail we sent when you signed up.",
};

const fallbackMessage = "Sign-in failed. Try again in a moment.";

// The words for an error code next-auth sent back; nothing for no code.
export function signInMessage(code: string): string {
  return code ? (messages[code] ?? fallbackMessage) : "";
}

// The sign-in form; on success it goes to the page the visitor came from. It is a real POST form
// to next-auth's endpoint (with its CSRF token), so that without JavaScript, or before hydration,
// it still signs in and never puts the password in the URL; with JavaScript it signs in in place.
export function SignInForm({ callbackUrl, githubEnabled, csrfToken, initialError = "" }: { callbackUrl: string; githubEnabled: boolean; csrfToken: string; initialError?: string }) {
  const [code, setCode] = useState(initialError);
  const error = signInMessage(code);
  const [pending, setPending] = useState(false);
  // Sent with the sign-in so a new learner's study days follow their own clock from the first page.
  // Empty in the server's render: a form sent before the script ran records no zone.
  const timeZone = useBrowserZone("");

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setCode("");
    const data = new FormData(event.currentTarget);
    const result = await signIn("credentials", { email: String(data.get("email")), password: String(data.get("password")), timeZone, redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    setCode(result?.error ?? "unknown");
  }

  return (
    <div className="flex flex-col gap-6">
      <form method="post" action="/api/auth/callback/credentials" onSubmit={onSubmit} className="flex flex-col gap-4">
        <input type="hidden" name="csrfToken" value={csrfToken} />
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <input type="hidden" name="timeZone" value={timeZone} />
        <Field label="Email" name="email" type="email" autoComplete="email" required />
        <Field label="Password" name="password" type="password" autoComplete="current-password" required />
        <p aria-live="assertive" className="min-h-6 text-red-700 dark:text-red-400" data-testid="sign-in-error">
          {error}
        </p>
        {code === "EmailUnverified" ? (
          <Link className="text-brand-700 underline dark:text-brand-100" href="/verify-email">
            Send a new confirmation link
          </Link>
        ) : null}
        <PendingButton type="submit" pending={pending} pendingLabel="Signing in…">
          Sign in
        </PendingButton>
      </form>
      {githubEnabled ? (
        <Button variant="secondary" type="button" onClick={() => signIn("github", { callbackUrl })}>
          Sign in with GitHub
        </Button>
      ) : null}
    </div>
  );
}
