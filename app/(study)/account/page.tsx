import type { Metadata } from "next";
import { requireUser } from "@/lib/server/auth";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { ChangeEmailForm } from "@/components/account/change-email-form";
import { Button } from "@/components/ui/button";
import { signOutEverywhere } from "@/lib/server/actions/account";
import { deleteAccountPhrase } from "@/lib/schemas/account";

export const metadata: Metadata = { title: "Account and data" };

// The user's account: password and sessions, download everything we hold, or delete it all.
export default async function AccountPage() {
  const user = await requireUser();
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-bold">Account and data</h1>
      <section aria-labelledby="who" className="flex flex-col gap-1">
        <h2 id="who" className="text-xl font-semibold">
          Your account
        </h2>
        <p>
          {user.name} · {user.email} · {user.role}
        </p>
      </section>
      <section aria-labelledby="change-email" className="flex flex-col gap-2">
        <h2 id="change-email" className="text-xl font-semibold">
          Change your email
        </h2>
        <p>Type your password to confirm. Changing it signs you out everywhere else.</p>
        <ChangeEmailForm email={user.email} />
      </section>
      <section aria-labelledby="change-password" className="flex flex-col gap-2">
        <h2 id="change-password" className="text-xl font-semibold">
          Change your password
        </h2>
        <p>Changing it signs you out everywhere else.</p>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="sessions" className="flex flex-col gap-2">
        <h2 id="sessions" className="text-xl font-semibold">
          Sessions
        </h2>
        <p>Signed in on a computer you no longer use? End every session, this one included.</p>
        <form action={signOutEverywhere}>
          <Button type="submit" variant="secondary">
            Sign out everywhere
          </Button>
        </form>
      </section>
      <section aria-labelledby="export" className="flex flex-col gap-2">
        <h2 id="export" className="text-xl font-semibold">
          Export your data
        </h2>
        <p>One JSON file with everything Retain holds on you: quiz attempts, answers, flashcards, every review, classes and questions you wrote.</p>
        <a href="/api/v1/account/export" download className="inline-flex min-h-11 w-fit items-center rounded-lg border border-slate-300 px-4 py-2 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
          Download my data (JSON)
        </a>
      </section>
      <section aria-labelledby="delete" className="flex flex-col gap-2">
        <h2 id="delete" className="text-xl font-semibold">
          Delete your account
        </h2>
        <p>This deletes your account and all its data at once. It cannot be undone.</p>
        <DeleteAccountForm confirmPhrase={deleteAccountPhrase} />
      </section>
    </div>
  );
}
