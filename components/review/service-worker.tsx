"use client";

import { useEffect } from "react";

// Registers the service worker (service-worker/sw.ts, served at /serwist/sw.js) that keeps the review
// page and its cards for a visit with no network. Registration waits for the page's load and then
// for an idle moment: installing the worker fetches the build's static files for its precache,
// which should not compete with the page's own start. Registering again on a later visit is a no-op.
export function ServiceWorker({ url }: { url: string }) {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    let idle = 0;
    const register = () => {
      const run = () => void navigator.serviceWorker.register(url, { scope: "/", type: "module" }).catch(() => undefined);
      idle = typeof requestIdleCallback === "function" ? requestIdleCallback(run, { timeout: 5000 }) : window.setTimeout(run, 1000);
    };
    if (document.readyState === "complete") register();
    else window.addEventListener("load", register, { once: true });
    return () => {
      window.removeEventListener("load", register);
      if (typeof cancelIdleCallback === "function") cancelIdleCallback(idle);
      else clearTimeout(idle);
    };
  }, [url]);
  return null;
}
