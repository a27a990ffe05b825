"use client";

import { useBrowserZone } from "@/lib/view/browser-zone";
import { formatInZone } from "@/lib/domain/classes/time-zone";


// An instant shown in the viewer's own time zone. The server does not know that zone, so it renders
// the `fallbackZone` (the zone the instructor set the date in); the browser then swaps in its own.
export function LocalTime({ iso, fallbackZone }: { iso: string; fallbackZone: string }) {
  const zone = useBrowserZone(null) ?? fallbackZone;
  return <time dateTime={iso}>{formatInZone(new Date(iso), zone)}</time>;
}
