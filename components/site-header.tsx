import Link from "next/link";
import { getSessionUser } from "@/lib/server/auth";
import { SignOutButton } from "@/components/auth/sign-out-button";

const links = [
  { href: "/sections", label: "Sections" },
  { href: "/quiz/new", label: "Quiz" },
  { href: "/review", label: "Review" },
  { href: "/progress", label: "Progress" },
  { href: "/classes", label: "Classes" },
];

// The header on every page: app name, main navigation, the account menu and Sign out.
export async function SiteHeader() {
  const user = await getSessionUser();
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href={user ? "/dashboard" : "/"} className="text-xl font-bold text-brand-700 dark:text-brand-100">
          Retain
        </Link>
        <nav aria-label="Main" className="order-3 w-full overflow-x-auto sm:order-none sm:w-auto">
          <ul className="flex gap-1">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="block rounded-md px-3 py-2 hover:bg-slate-100 dark:hover:bg-slate-800">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto">
          {user ? (
            // Sign out stays in view beside the menu, so it is one click (or one Tab) away.
            <div className="flex items-center gap-1">
              <details className="relative">
                <summary className="cursor-pointer list-none rounded-md px-3 py-2 hover:bg-slate-100 dark:hover:bg-slate-800">
                  <span className="sr-only">Account menu for </span>
                  {user.name} <span className="text-sm text-slate-600 dark:text-slate-400">({user.role})</span>
                </summary>
                <div className="absolute right-0 z-10 mt-2 flex w-56 flex-col gap-1 rounded-lg border border-slate-200 bg-white p-2 shadow-lg dark:border-slate-700 dark:bg-slate-900">
                  <p className="truncate px-2 py-1 text-sm text-slate-600 dark:text-slate-400">{user.email}</p>
                  <Link href="/settings" className="rounded-md px-2 py-2 hover:bg-slate-100 dark:hover:bg-slate-800">
                    Settings
                  </Link>
                  <Link href="/account" className="rounded-md px-2 py-2 hover:bg-slate-100 dark:hover:bg-slate-800">
                    Account and data
                  </Link>
                </div>
              </details>
              <SignOutButton />
            </div>
          ) : (
            <div className="flex gap-2">
              <Link href="/sign-in" className="rounded-md px-3 py-2 hover:bg-slate-100 dark:hover:bg-slate-800">
                Sign in
              </Link>
              <Link href="/sign-up" className="rounded-md bg-brand-600 px-3 py-2 text-white hover:bg-brand-700">
                Sign up
              </Link>
            </div>
          )}
        </div>
      </div>
    </header>
  );
}
