"use client";

import { startTransition, useEffect, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { sameTimeZone } from "@/lib/domain/time-zone";
import { adoptBrowserTimeZone } from "@/lib/server/actions/review";
import { browserTimeZone } from "@/lib/view/browser-zone";

// On a learner's first visit (no settings saved yet), records the browser's time zone so study days
// start at 4 a.m. where they live, then reloads the page's data. With `children` (the review
// session), they are held back until then: a card shown before the reload would be replaced under
// the learner's hand (a revealed answer folded away). If the zone is not adopted (the runtime does
// not name one, or settings were saved meanwhile), the children show as they are. When the browser's
// zone is `assumed` (the zone the page was drawn for), the page is already right: the zone is saved
// in the background and the children show at once, without a second render of the whole page.
// The children are drawn in a transition, which React renders in slices of a few milliseconds: drawn
// at once after hydration (a synchronous update, as an external store's would be), the session was
// the longest task of the page's start. Signing in through the form records the zone already
// (lib/server/sign-in.ts): this is for learners who signed in otherwise (GitHub, the API, a form sent
// before its script ran). A runtime that names no zone gives "", which the action refuses.
export function TimeZoneSync({ assumed, children }: { assumed?: string; children?: ReactNode }) {
  const router = useRouter();
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    const zone = browserTimeZone();
    if (assumed !== undefined && sameTimeZone(zone, assumed)) {
      startTransition(() => setSettled(true));
      void adoptBrowserTimeZone(zone).catch(() => undefined);
      return;
    }
    void adoptBrowserTimeZone(zone).then(
      ({ adopted }) => (adopted ? router.refresh() : setSettled(true)),
      () => setSettled(true),
    );
  }, [router, assumed]);
  if (children === undefined) return null;
  return settled ? (
    <>{children}</>
  ) : (
    <p role="status" className="text-slate-700 dark:text-slate-300">
      Setting your study day to your time zone…
    </p>
  );
}
