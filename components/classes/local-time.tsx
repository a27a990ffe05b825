"use client";

import { useSyncExternalStore } from "react";
import { formatInZone } from "@/lib/domain/classes/time-zone";

const subscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
const noZone = () => null;

// An instant shown in the viewer's own time zone. The server does not know that zone, so it renders
// the `fallbackZone` (the zone the instructor set the date in); the browser then swaps in its own.
export function LocalTime({ iso, fallbackZone }: { iso: string; fallbackZone: string }) {
  const zone = useSyncExternalStore(subscribe, browserZone, noZone) ?? fallbackZone;
  return <time dateTime={iso}>{formatInZone(new Date(iso), zone)}</time>;
}
