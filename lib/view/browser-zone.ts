import { useSyncExternalStore } from "react";

// The viewer's time zone, which only the browser knows: the server's render (and the browser's
// first, hydrating render) get `serverFallback`, then the browser's own zone is swapped in.
const noSubscription = () => () => {};

// The zone the browser names, or "" when its runtime names none.
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone ?? "";
const browserZone = () => browserTimeZone() || "UTC";

export function useBrowserZone<F extends string | null>(serverFallback: F): string | F {
  return useSyncExternalStore<string | F>(noSubscription, browserZone, () => serverFallback);
}
