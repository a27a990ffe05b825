"use client";

// Signs out and returns to the landing page. next-auth's client is fetched when needed: the button
// is on every signed-in page, and nothing else there uses it (about 9 KB gzip off each first load).
// The browser's offline copies of the learner's review page and cards are deleted once the sign-out
// has gone through (not before: while it can still fail with no network, the learner keeps them).
export async function signOutToLanding() {
  const { signOut } = await import("next-auth/react");
  const { url } = await signOut({ callbackUrl: "/", redirect: false });
  await (await import("@/components/review/offline-copy")).forgetOfflineCopies();
  // A full page load to the landing page next-auth names, as its own redirect does: the client
  // router's copies of the learner's pages go too.
  window.location.href = url;
}

export function SignOutButton() {
  return (
    <button type="button" onClick={() => void signOutToLanding()} className="flex min-h-11 items-center rounded-md px-3 text-left hover:bg-slate-100 dark:hover:bg-slate-800">
      Sign out
    </button>
  );
}
