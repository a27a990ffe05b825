import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";

// The server Playwright starts: a fresh test database (never a remote one), migrated and seeded,
// then the production build on E2E_PORT.
async function main() {
  const url = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";
  const host = url.startsWith("file:") ? "localhost" : new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1"].includes(host)) throw new Error(`Refusing to reset a non-local database for e2e: ${host}`);
  process.env.DATABASE_URL = url;
  process.env.AUTH_SECRET ??= "e2e-secret-not-for-production-use-only-tests";
  if (url.startsWith("file:")) {
    const file = path.resolve(url.slice("file:".length));
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  } else {
    const pg = await import("pg");
    const client = new pg.default.Client({ connectionString: url });
    await client.connect();
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
    await client.end();
  }
  const { prepareDatabase } = await import("@/scripts/prepare-db");
  await prepareDatabase({ quiet: true });
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", process.env.E2E_PORT ?? "3100", "-H", "127.0.0.1"], { stdio: "inherit", env: process.env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
