"use client";

// Signs out and returns to the landing page. next-auth's client is fetched on click: this button is
// on every signed-in page, and nothing else there needs it (about 9 KB gzip off each first load).
export function SignOutButton() {
  const signOut = async () => (await import("next-auth/react")).signOut({ callbackUrl: "/" });
  return (
    <button type="button" onClick={() => void signOut()} className="rounded-md px-2 py-2 text-left hover:bg-slate-100 dark:hover:bg-slate-800">
      Sign out
    </button>
  );
}
