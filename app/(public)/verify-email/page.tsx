import type { Metadata } from "next";
import { EmailLinkForm } from "@/components/auth/email-link-form";
import { VerifyEmailForm } from "@/components/auth/verify-email-form";
import { resendVerificationAction } from "@/lib/server/actions/email-verification";
import { Panel } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Confirm your email" };

// The page the sign-up mail links to (the token travels in the address and is posted back with the
// form); without a token, or after a failed one, it offers to send a new link.
export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const token = (await searchParams).token;
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-3xl font-bold">Confirm your email</h1>
      {typeof token === "string" ? <VerifyEmailForm token={token.slice(0, 200)} /> : null}
      <Panel id="resend-heading" title="Need a new link?" className="flex flex-col gap-4">
        <p>Links work once, for 24 hours. Enter the address you signed up with and we send a new one.</p>
        <EmailLinkForm action={resendVerificationAction} submitLabel="Send a new link" />
      </Panel>
    </div>
  );
}
