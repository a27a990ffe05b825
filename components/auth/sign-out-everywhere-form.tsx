"use client";

import { forgetOfflineCopies } from "@/components/review/offline-copy";
import { Button } from "@/components/ui/button";
import { signOutEverywhere } from "@/lib/server/actions/account";

// Ends every session, this one included. The form posts to a server action, so it works before the
// page's scripts have run; once they have, it also deletes this browser's offline copies of the
// learner's review page and cards as it is sent.
export function SignOutEverywhereForm() {
  return (
    <form action={signOutEverywhere} onSubmit={() => void forgetOfflineCopies()}>
      <Button type="submit" variant="secondary">
        Sign out everywhere
      </Button>
    </form>
  );
}
