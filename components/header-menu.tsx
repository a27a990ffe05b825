"use client";

import { useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";
import { usePathname } from "next/navigation";

// On small screens the header's links sit behind a "Menu" disclosure button (they would not fit
// beside each other); from `sm` up they are always shown and the button is gone. The menu closes on
// Escape (focus back to the button), on following a link, and when the page changes.
export function HeaderMenu({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  // Open for the page it was opened on: navigating elsewhere closes it without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const toggle = useRef<HTMLButtonElement>(null);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === "Escape" && open) {
      setOpenOn(null);
      toggle.current?.focus();
    }
  }
  function onClick(event: MouseEvent) {
    if ((event.target as Element).closest("a")) setOpenOn(null);
  }

  return (
    <div onKeyDown={onKeyDown} className="contents">
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls="site-menu"
        onClick={() => setOpenOn(open ? null : pathname)}
        className="ml-auto inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-md border border-slate-300 px-3 hover:bg-slate-100 sm:hidden dark:border-slate-600 dark:hover:bg-slate-800"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          {open ? <path d="M5 5l10 10M15 5L5 15" /> : <path d="M3 5h14M3 10h14M3 15h14" />}
        </svg>
        Menu
      </button>
      <div id="site-menu" onClick={onClick} className={`${open ? "flex" : "hidden"} w-full flex-col gap-2 pb-2 sm:flex sm:w-auto sm:flex-1 sm:flex-row sm:items-center sm:gap-6 sm:pb-0`}>
        {children}
      </div>
    </div>
  );
}
