"use client";

import { signOut } from "next-auth/react";

// Signs out and returns to the landing page.
export function SignOutButton() {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/" })} className="rounded-md px-2 py-2 text-left hover:bg-slate-100 dark:hover:bg-slate-800">
      Sign out
    </button>
  );
}
