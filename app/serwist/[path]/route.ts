import { createSerwistRoute } from "@serwist/turbopack";

// Serves the service worker (service-worker/sw.ts, bundled with esbuild at build time, with the
// build's static files as its precache list) at /serwist/sw.js.
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "service-worker/sw.ts",
  useNativeEsbuild: true,
});
