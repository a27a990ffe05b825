import { useSyncExternalStore } from "react";

// The viewer's time zone, which only the browser knows: the server's render (and the browser's
// first, hydrating render) get `serverFallback`, then the browser's own zone is swapped in.
const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

export function useBrowserZone<F extends string | null>(serverFallback: F): string | F {
  return useSyncExternalStore<string | F>(noSubscription, browserZone, () => serverFallback);
}
