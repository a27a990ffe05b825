import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// e2e against a production build on a private port and a throwaway database (data/e2e.db, or
// E2E_DATABASE_URL for PostgreSQL), with Debian's Chromium: Playwright cannot download browsers here.

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!fs.existsSync(chromium)) {
  throw new Error(
    `No Chromium at ${chromium}. Install one (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium/Chrome binary.`,
  );
}

const port = Number(process.env.E2E_PORT ?? 3100);

// Learners adopt the browser's time zone, and their study day starts at 4 a.m. there. A card graded
// minutes before that rollover has its learning step in the next day, so the review counts the tests
// expect would change in a run near 4 a.m. From 02:00 to 05:00 UTC the browsers therefore live in
// Tokyo (11:00 to 14:00 there), otherwise in UTC; E2E_TIME_ZONE picks one. Tests about a particular
// zone set their own.
const utcHour = new Date().getUTCHours();
const browserTimeZone = process.env.E2E_TIME_ZONE ?? (utcHour >= 2 && utcHour < 5 ? "Asia/Tokyo" : "UTC");
export const baseURL = `http://127.0.0.1:${port}`;
export const smtpPort = Number(process.env.E2E_SMTP_PORT ?? port + 1000);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: process.env.CI ? 1 : 0,
  // The longest journeys (two accounts, a class, a set, an attempt) take up to 50 s on a quiet
  // 2-core machine and more on PostgreSQL or a busy one: 90 s leaves them room.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  // One SMTP server for the run captures the app's mail (e2e/fixtures/mail.ts reads it).
  globalSetup: "./e2e/mail-server.ts",
  use: {
    baseURL,
    // State-changing requests must name this site as their Origin (proxy.ts refuses cross-site ones).
    // Browsers send it themselves; the API calls tests make through `page.request` need it too.
    extraHTTPHeaders: { origin: baseURL },
    timezoneId: browserTimeZone,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--disable-quic"],
    },
  },
  projects: [
    { name: "setup", testMatch: /global\.setup\.ts/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined }, dependencies: ["setup"], testIgnore: /global\.setup\.ts/ },
  ],
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `${baseURL}/sign-in`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // Mail goes to the SMTP server that e2e/mail-server.ts runs for the whole test run.
    env: { E2E_PORT: String(port), SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, MAIL_FROM: "Retain <no-reply@retain.test>" },
  },
});
