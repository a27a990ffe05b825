"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { adoptBrowserTimeZone } from "@/lib/server/actions/review";

// On a learner's first visit (no settings saved yet), records the browser's time zone so study days
// start at 4 a.m. where they live, then reloads the page's data. Renders nothing.
export function TimeZoneSync() {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone) return;
    void adoptBrowserTimeZone(zone).then(({ adopted }) => {
      if (adopted) router.refresh();
    });
  }, [router]);
  return null;
}
