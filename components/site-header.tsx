import { Link } from "@/components/ui/link";
import type { SessionUser } from "@/lib/domain/access";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { HeaderMenu } from "@/components/header-menu";

const links = [
  { href: "/sections", label: "Sections" },
  { href: "/quiz/new", label: "Quiz" },
  { href: "/review", label: "Review" },
  { href: "/progress", label: "Progress" },
  { href: "/classes", label: "Classes" },
];
// Instructors also get their own area.
const instructorLinks = [{ href: "/teach", label: "Teach" }];

// Every link and control in the header is a 44 px tap target.
const item = "flex min-h-11 items-center rounded-md px-3 hover:bg-slate-100 dark:hover:bg-slate-800";

// The header on every page: app name, main navigation, the account menu and Sign out, for the
// signed-in user the layout passes (or none).
export function SiteHeader({ user }: { user: SessionUser | null }) {
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-1 px-4 py-2">
        <Link href={user ? "/dashboard" : "/"} className="flex min-h-11 items-center text-xl font-bold text-brand-700 dark:text-brand-100">
          Retain
        </Link>
        <HeaderMenu>
          <nav aria-label="Main">
              <ul className="flex flex-col gap-1 sm:flex-row">
                {[...links, ...(user?.role === "instructor" ? instructorLinks : [])].map((link) => (
                  <li key={link.href}>
                    <Link href={link.href} className={item}>
                      {link.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          <div className="sm:ml-auto">
            {user ? (
              // Sign out stays in view beside the account menu, so it is one click (or one Tab) away.
              <div className="flex flex-col gap-1 border-t border-slate-200 pt-2 sm:flex-row sm:items-center sm:border-0 sm:pt-0 dark:border-slate-700">
                <details className="relative">
                  <summary className={`${item} cursor-pointer list-none`}>
                    <span className="sr-only">Account menu for </span>
                    {user.name}&nbsp;<span className="text-sm text-slate-600 dark:text-slate-400">({user.role})</span>
                  </summary>
                  <div className="z-10 mt-1 flex w-full flex-col gap-1 rounded-lg border border-slate-200 bg-white p-2 shadow-lg sm:absolute sm:right-0 sm:mt-2 sm:w-56 dark:border-slate-700 dark:bg-slate-900">
                    <p className="truncate px-2 py-1 text-sm text-slate-600 dark:text-slate-400">{user.email}</p>
                    <Link href="/settings" className={item}>
                      Settings
                    </Link>
                    <Link href="/account" className={item}>
                      Account and data
                    </Link>
                  </div>
                </details>
                <SignOutButton />
              </div>
            ) : (
              <div className="flex gap-2">
                <Link href="/sign-in" className={item}>
                  Sign in
                </Link>
                <Link href="/sign-up" className="flex min-h-11 items-center rounded-md bg-brand-600 px-3 text-white hover:bg-brand-700">
                  Sign up
                </Link>
              </div>
            )}
          </div>
        </HeaderMenu>
      </div>
    </header>
  );
}
