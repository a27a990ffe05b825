import { spawnSync } from "node:child_process";
import { findPostgresBin, startPrivatePostgres, type PrivatePostgres } from "./private-postgres";

// `npm test`: every check, each step run even when an earlier one failed so one run reports all:
// type-check, lint, unit and data-layer tests, the content check, a production build, the README's
// `npm start` on a fresh database, e2e on SQLite, the SIGKILL fault test; then, when PostgreSQL is
// installed, the data-layer tests, e2e and the fault test again on a private PostgreSQL cluster
// (said clearly when skipped); last, a short load run whose figures are printed (it fails only if
// the bench itself cannot run).

type Step = { name: string; command: string; args: string[]; env?: () => Record<string, string> };

let postgres: PrivatePostgres | null = null;
const pgEnv = (key: string, database: string) => () => (postgres ? { [key]: postgres.url(database) } : {});

const steps: Step[] = [
  { name: "type-check", command: "npx", args: ["tsc", "--noEmit"] },
  { name: "lint", command: "npx", args: ["eslint", ".", "--max-warnings=0"] },
  { name: "unit and data-layer tests (SQLite)", command: "npx", args: ["vitest", "run"] },
  { name: "content check", command: "npx", args: ["tsx", "scripts/content-check.ts"] },
  { name: "build", command: "npx", args: ["next", "build"] },
  { name: "README's first command (npm start on a fresh SQLite database)", command: "npx", args: ["tsx", "scripts/readme-start-check.ts"] },
  { name: "e2e (SQLite)", command: "npx", args: ["playwright", "test"] },
  { name: "fault: SIGKILL during reviews (SQLite)", command: "npx", args: ["tsx", "bench/fault-kill.ts"] },
];
const postgresSteps: Step[] = [
  { name: "data-layer tests (PostgreSQL)", command: "npx", args: ["vitest", "run"], env: pgEnv("TEST_DATABASE_URL", "retain_unit") },
  { name: "e2e (PostgreSQL)", command: "npx", args: ["playwright", "test"], env: pgEnv("E2E_DATABASE_URL", "retain_e2e") },
  { name: "fault: SIGKILL during reviews (PostgreSQL)", command: "npx", args: ["tsx", "bench/fault-kill.ts"], env: pgEnv("FAULT_DATABASE_URL", "retain_fault") },
];

const results: { name: string; ok: boolean; seconds: number }[] = [];
function runStep(step: Step) {
  console.log(`\n=== ${step.name}: ${step.command} ${step.args.join(" ")}`);
  const started = Date.now();
  const run = spawnSync(step.command, step.args, { stdio: "inherit", env: { ...process.env, ...step.env?.() } });
  results.push({ name: step.name, ok: run.status === 0, seconds: (Date.now() - started) / 1000 });
}

for (const step of steps) runStep(step);

if (process.env.SKIP_POSTGRES) {
  console.log("\n=== PostgreSQL: SKIPPED (SKIP_POSTGRES is set)");
} else if (!findPostgresBin()) {
  console.log("\n=== PostgreSQL: SKIPPED: no PostgreSQL binaries under /usr/lib/postgresql (Debian: apt-get install -y postgresql)");
} else {
  try {
    postgres = startPrivatePostgres(Number(process.env.TEST_PG_PORT ?? 5433), ["retain_unit", "retain_e2e", "retain_fault"]);
    console.log(`\n=== PostgreSQL: private cluster on 127.0.0.1:${process.env.TEST_PG_PORT ?? 5433}`);
    for (const step of postgresSteps) runStep(step);
  } catch (error) {
    console.error(`PostgreSQL could not be started: ${(error as Error).message}`);
    results.push({ name: "start PostgreSQL", ok: false, seconds: 0 });
  } finally {
    postgres?.stop();
  }
}

// Load figures (50 and 200 learners, SQLite and PostgreSQL): printed, not judged.
runStep({ name: "load bench (figures)", command: "npx", args: ["tsx", "bench/load.ts"], env: () => ({ LOAD_SECONDS: process.env.LOAD_SECONDS ?? "8" }) });

console.log("\n=== summary");
for (const r of results) console.log(`${r.ok ? "ok  " : "FAIL"} ${r.name} (${r.seconds.toFixed(1)} s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`steps: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
