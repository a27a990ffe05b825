import type { Metadata } from "next";
import { requireUser } from "@/lib/server/auth";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { ChangeEmailForm } from "@/components/account/change-email-form";
import { SignOutEverywhereForm } from "@/components/auth/sign-out-everywhere-form";
import { deleteAccountPhrase } from "@/lib/schemas/account";
import { Panel } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Account and data" };

// The user's account: password and sessions, download everything we hold, or delete it all.
export default async function AccountPage() {
  const user = await requireUser();
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-bold">Account and data</h1>
      <Panel id="who" title="Your account" className="flex flex-col gap-1">
        <p>
          {user.name} · {user.email} · {user.role}
        </p>
      </Panel>
      <Panel id="change-email" title="Change your email" className="flex flex-col gap-2">
        <p>Type your password to confirm. Changing it signs you out everywhere else.</p>
        <ChangeEmailForm email={user.email} />
      </Panel>
      <Panel id="change-password" title="Change your password" className="flex flex-col gap-2">
        <p>Changing it signs you out everywhere else.</p>
        <ChangePasswordForm />
      </Panel>
      <Panel id="sessions" title="Sessions" className="flex flex-col gap-2">
        <p>Signed in on a computer you no longer use? End every session, this one included.</p>
        <SignOutEverywhereForm />
      </Panel>
      <Panel id="export" title="Export your data" className="flex flex-col gap-2">
        <p>One JSON file with everything Retain holds on you: quiz attempts, answers, flashcards, every review, classes and questions you wrote.</p>
        <a href="/api/v1/account/export" download className="inline-flex min-h-11 w-fit items-center rounded-lg border border-slate-300 px-4 py-2 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
          Download my data (JSON)
        </a>
      </Panel>
      <Panel id="delete" title="Delete your account" className="flex flex-col gap-2">
        <p>This deletes your account and all its data at once. It cannot be undone.</p>
        <DeleteAccountForm confirmPhrase={deleteAccountPhrase} />
      </Panel>
    </div>
  );
}
