import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// Shared by the benchmarks: start the app (an existing production build) on a port against a fresh
// database, and sign users in over HTTP the way a browser does, returning the session cookie.

export type RunningServer = { baseUrl: string; databaseUrl: string; stop: () => Promise<void>; process: ChildProcess };

// BENCH_CPU_PROFILE_DIR=dir: the server writes a V8 CPU profile there when it stops (open it in
// Chrome's DevTools, Performance panel), to see where a bench's server time goes.
const profiling = () => (process.env.BENCH_CPU_PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE_DIR}`] : []);

// Starts `next start` on `port` with a fresh SQLite file (or the given PostgreSQL URL, reset first;
// `reset: false` keeps the database, to restart a server on what it left).
export async function startServer(options: { port: number; databaseUrl?: string; distDir?: string; env?: Record<string, string>; reset?: boolean }): Promise<RunningServer> {
  const databaseUrl = options.databaseUrl ?? `file:./data/bench-${options.port}.db`;
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-secret-not-for-production",
    NODE_ENV: "production",
    ...(options.distDir ? { NEXT_DIST_DIR: options.distDir } : {}),
    ...options.env,
  } as NodeJS.ProcessEnv;
  if (options.reset ?? true) await resetDatabase(databaseUrl);
  // Prepare (migrate + seed) in this process's environment, then serve.
  const prepare = spawn(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/prepare-db.ts"], { env, stdio: ["ignore", "ignore", "inherit"] });
  await new Promise<void>((resolve, reject) => prepare.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`prepare-db exited ${code}`)))));
  const child = spawn(process.execPath, [...profiling(), "node_modules/next/dist/bin/next", "start", "-p", String(options.port), "-H", "127.0.0.1"], { env, stdio: ["ignore", "ignore", "inherit"] });
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const started = Date.now();
  for (;;) {
    try {
      const res = await fetch(`${baseUrl}/sign-in`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    if (Date.now() - started > 60_000) throw new Error("server did not start within 60 s");
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    databaseUrl,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

// CPU time (user + system) the process has used so far, in ms, from /proc (Linux); null elsewhere.
// Throughput moves with whatever else the machine runs; the server's CPU per request much less.
export function processCpuMs(pid: number | undefined): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    // utime and stime are fields 14 and 15 of the line, in clock ticks (100 per second on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

// Deletes the SQLite file, or empties the PostgreSQL schema, so each run starts from nothing.
export async function resetDatabase(databaseUrl: string): Promise<void> {
  if (databaseUrl.startsWith("file:")) {
    const file = path.resolve(databaseUrl.slice("file:".length));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    return;
  }
  const pg = await import("pg");
  const client = new pg.default.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  await client.end();
}

function cookiesFrom(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0] ?? "").filter(Boolean);
}

// Signs in with next-auth's credentials endpoint, as the sign-in form does; returns the session cookie.
// `timeZone` is what the form sends from a browser (its zone, recorded for a learner without
// settings); without it the sign-in is an API client's, and /review's first visit records the zone.
export async function signInOverHttp(baseUrl: string, email: string, password: string, timeZone?: string): Promise<string> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const jar = cookiesFrom(csrfResponse);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: baseUrl },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", ...(timeZone ? { timeZone } : {}) }),
  });
  const session = cookiesFrom(response).find((c) => c.includes("session-token="));
  if (!session) throw new Error(`sign-in failed for ${email}: HTTP ${response.status}`);
  return session;
}

// Creates `count` student accounts directly in the database (all with the same password).
export async function createUsers(databaseUrl: string, count: number, prefix: string, password: string): Promise<string[]> {
  const { createDb } = await import("@/lib/db/client");
  const { hashPassword } = await import("@/lib/server/password");
  const db = createDb(databaseUrl);
  const passwordHash = await hashPassword(password);
  const emails = Array.from({ length: count }, (_, i) => `${prefix}-${i}@bench.example.com`);
  await db.user.createMany({ data: emails.map((email, i) => ({ email, name: `${prefix} ${i}`, role: "student", passwordHash })) });
  await db.$disconnect();
  return emails;
}

// Percentile of a sorted-or-not list of numbers (nearest rank).
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}
