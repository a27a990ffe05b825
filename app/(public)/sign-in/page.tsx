import { Link } from "@/components/ui/link";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackUrl } from "@/lib/domain/redirects";
import { githubEnabled } from "@/lib/server/auth-options";

export const metadata: Metadata = { title: "Sign in" };

// Sign-in: email and password (and GitHub when it is configured). The form posts to next-auth even
// without JavaScript (proxy.ts provides the CSRF token); next-auth sends errors back here as ?error=.
export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  // Without a page to return to, sign-in goes to "/", which sends each user to their home page.
  const callbackUrl = safeCallbackUrl(params.callbackUrl, "/");
  const signUpCallbackUrl = safeCallbackUrl(params.callbackUrl);
  const csrfToken = (await headers()).get("x-retain-csrf") ?? "";
  const error = typeof params.error === "string" ? params.error.slice(0, 40) : "";
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-3xl font-bold">Sign in</h1>
      {params.verified === "1" ? (
        <p role="status" className="text-green-700 dark:text-green-400">
          Your email address is confirmed. Sign in to start.
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} githubEnabled={githubEnabled} csrfToken={csrfToken} initialError={error} />
      <p>
        <Link className="tap text-brand-700 underline dark:text-brand-100" href="/forgot-password">
          Forgot your password?
        </Link>
      </p>
      <p>
        New here?{" "}
        <Link className="tap text-brand-700 underline dark:text-brand-100" href={`/sign-up?callbackUrl=${encodeURIComponent(signUpCallbackUrl)}`}>
          Create an account
        </Link>
      </p>
    </div>
  );
}
