import { Link } from "@/components/ui/link";
import type { Metadata } from "next";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { safeCallbackUrl } from "@/lib/domain/redirects";

export const metadata: Metadata = { title: "Create an account" };

// Sign-up: name, email, password and whether you study or teach.
export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-3xl font-bold">Create an account</h1>
      <SignUpForm callbackUrl={callbackUrl} />
      <p>
        Already have an account?{" "}
        <Link className="tap text-brand-700 underline dark:text-brand-100" href="/sign-in">
          Sign in
        </Link>
      </p>
    </div>
  );
}
