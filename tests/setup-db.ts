import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { deployMigrations } from "@/scripts/db-deploy";

// Every test file gets its own freshly migrated database before anything imports lib/server/db:
// a temporary SQLite file, or, when TEST_DATABASE_URL names a PostgreSQL server, a new database
// on it (dropped afterwards). Data-layer tests then use the app's own `db`.

const base = process.env.TEST_DATABASE_URL;
const name = `retain_test_${crypto.randomBytes(6).toString("hex")}`;

if (base?.startsWith("postgres")) {
  const pg = await import("pg");
  const admin = new pg.default.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  afterAll(async () => {
    const { db } = await import("@/lib/server/db");
    await db.$disconnect();
    const again = new pg.default.Client({ connectionString: base });
    await again.connect();
    await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await again.end();
  });
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "retain-test-"));
  process.env.DATABASE_URL = `file:${path.join(dir, "test.db")}`;
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
}
process.env.AUTH_SECRET ??= "unit-test-secret";
// next.config.js turns on authInterrupts (forbidden()); Next passes it to the app through this variable.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS ??= "true";
await deployMigrations(process.env.DATABASE_URL, { quiet: true });
