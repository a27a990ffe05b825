import base from "./playwright.config";
import { defineConfig } from "@playwright/test";

// Playwright benches (bench/*.bench.ts): the e2e set-up (production build on a private port, a
// throwaway database, the mail server) without the e2e specs. Never part of `npm test`.
//
//   NEXT_DIST_DIR=.next-bench npx next build && NEXT_DIST_DIR=.next-bench E2E_PORT=3290 npm run bench:review-latency

const chromium = base.projects?.find((p) => p.name === "chromium");

export default defineConfig({
  ...base,
  testDir: "bench",
  testMatch: /\.bench\.ts$/,
  workers: 1,
  reporter: [["list"]],
  projects: [{ name: "bench", use: chromium?.use }],
});
