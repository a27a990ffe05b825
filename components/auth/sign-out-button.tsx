"use client";

// Signs out and returns to the landing page. next-auth's client is fetched when needed: the button
// is on every signed-in page, and nothing else there uses it (about 9 KB gzip off each first load).
export async function signOutToLanding() {
  await (await import("next-auth/react")).signOut({ callbackUrl: "/" });
}

export function SignOutButton() {
  return (
    <button type="button" onClick={() => void signOutToLanding()} className="flex min-h-11 items-center rounded-md px-3 text-left hover:bg-slate-100 dark:hover:bg-slate-800">
      Sign out
    </button>
  );
}
