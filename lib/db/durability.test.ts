import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDb, sqlitePragmas } from "@/lib/db/client";
import { deployMigrations } from "@/scripts/db-deploy";
import { ensureSecret } from "@/scripts/ensure-secret";

// What survives a crash and who can read the files: SQLite commits are synced (synchronous=FULL),
// and the database, its folder and the generated .env are their owner's alone.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "retain-durability-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const mode = (file: string) => fs.statSync(file).mode & 0o777;

describe("SQLite durability", () => {
  it("syncs every commit (synchronous = FULL) on the app's connection", async () => {
    const db = createDb(`file:${path.join(dir, "sync.db")}`);
    try {
      const rows = await db.$queryRawUnsafe<{ synchronous: number | bigint }[]>("PRAGMA synchronous");
      expect(Number(rows[0]?.synchronous)).toBe(2);
    } finally {
      await db.$disconnect();
    }
  });

  it("accepts NORMAL only when asked, and refuses anything else", () => {
    expect(sqlitePragmas(undefined)).toBe("PRAGMA synchronous = FULL;");
    expect(sqlitePragmas("normal")).toBe("PRAGMA synchronous = NORMAL;");
    expect(() => sqlitePragmas("OFF")).toThrow(/FULL or NORMAL/);
  });
});

describe("file permissions", () => {
  it("creates the database folder 0700 and the database with its WAL 0600", async () => {
    const file = path.join(dir, "data", "retain.db");
    await deployMigrations(`file:${file}`, { quiet: true });
    expect(mode(path.dirname(file))).toBe(0o700);
    expect(mode(file)).toBe(0o600);
    const db = createDb(`file:${file}`);
    try {
      await db.user.count();
      expect(mode(`${file}-wal`)).toBe(0o600);
    } finally {
      await db.$disconnect();
    }
  });

  it("writes the generated AUTH_SECRET into a .env only its owner can read", () => {
    const envFile = path.join(dir, ".env");
    fs.writeFileSync(envFile, "OTHER=1\n", { mode: 0o644 });
    const saved = { auth: process.env.AUTH_SECRET, nextauth: process.env.NEXTAUTH_SECRET, env: process.env.NODE_ENV };
    delete process.env.AUTH_SECRET;
    delete process.env.NEXTAUTH_SECRET;
    try {
      ensureSecret(envFile);
    } finally {
      if (saved.auth !== undefined) process.env.AUTH_SECRET = saved.auth;
      if (saved.nextauth !== undefined) process.env.NEXTAUTH_SECRET = saved.nextauth;
    }
    expect(fs.readFileSync(envFile, "utf8")).toMatch(/^AUTH_SECRET=/m);
    expect(mode(envFile)).toBe(0o600);
  });
});
