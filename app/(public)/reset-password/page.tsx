import type { Metadata } from "next";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

// The page a reset mail links to: the token travels in the address and is posted back with the form.
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const token = (await searchParams).token;
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-3xl font-bold">Choose a new password</h1>
      <ResetPasswordForm token={typeof token === "string" ? token.slice(0, 200) : ""} />
    </div>
  );
}
