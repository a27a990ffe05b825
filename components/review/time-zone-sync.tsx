"use client";

import { useEffect, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { adoptBrowserTimeZone } from "@/lib/server/actions/review";

// On a learner's first visit (no settings saved yet), records the browser's time zone so study days
// start at 4 a.m. where they live, then reloads the page's data. With `children` (the review
// session), they are held back until then: a card shown before the reload would be replaced under
// the learner's hand (a revealed answer folded away). If the zone is not adopted (the runtime does
// not name one, or settings were saved meanwhile), the children show as they are.
export function TimeZoneSync({ children }: { children?: ReactNode }) {
  const router = useRouter();
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    // A runtime that names no zone sends "", which the action refuses (not adopted).
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone ?? "";
    void adoptBrowserTimeZone(zone).then(
      ({ adopted }) => (adopted ? router.refresh() : setSettled(true)),
      () => setSettled(true),
    );
  }, [router]);
  if (children === undefined) return null;
  return settled ? (
    <>{children}</>
  ) : (
    <p role="status" className="text-slate-700 dark:text-slate-300">
      Setting your study day to your time zone…
    </p>
  );
}
