import { spawn } from "node:child_process";
import { findPostgresBin, startPrivatePostgres, type PrivatePostgres } from "./private-postgres";

// `npm test`: every check, each step run even when an earlier one failed so one run reports all:
// type-check, lint, unit and data-layer tests, the content check, a production build, the README's
// `npm start` on a fresh database, e2e on SQLite, the SIGKILL fault test; then, when PostgreSQL is
// installed, the data-layer tests, the e2e journeys, the fault test and the several-instances test (behind
// nginx) on a private PostgreSQL cluster
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
// On PostgreSQL the data layer is tested in full (the "server" vitest project, every query and
// write) and e2e runs the journeys that write through each path a browser takes: sign-up and
// sessions, classes and joining, sets and assignments, exams and their grading, reviews, quiz
// mistakes fed to review, study targets and the audit log. The rest of the e2e suite (layout, axe,
// keyboard, key-leak walks) does not depend on the engine and runs once, on SQLite, which keeps
// `npm test` well inside CI's budget (the whole suite twice took 20 minutes more).
const POSTGRES_JOURNEYS = [
  "e2e/accounts.spec.ts",
  "e2e/instructor-classes.spec.ts",
  "e2e/assignment-results.spec.ts",
  "e2e/quiz-exam.spec.ts",
  "e2e/review-session.spec.ts",
  "e2e/review-quiz-mistake.spec.ts",
  "e2e/study-for-a-date.spec.ts",
  "e2e/audit-log.spec.ts",
];
const postgresSteps: Step[] = [
  // The pure "domain" project does not touch the database: only the "server" project runs again.
  { name: "data-layer tests (PostgreSQL)", command: "npx", args: ["vitest", "run", "--project", "server"], env: pgEnv("TEST_DATABASE_URL", "retain_unit") },
  { name: "e2e journeys (PostgreSQL)", command: "npx", args: ["playwright", "test", ...POSTGRES_JOURNEYS], env: pgEnv("E2E_DATABASE_URL", "retain_e2e") },
  { name: "fault: SIGKILL during reviews (PostgreSQL)", command: "npx", args: ["tsx", "bench/fault-kill.ts"], env: pgEnv("FAULT_DATABASE_URL", "retain_fault") },
  // Two instances behind nginx (skipped, and said so, when nginx is not installed).
  { name: "several instances behind nginx, one killed (PostgreSQL)", command: "npx", args: ["tsx", "bench/multi-instance.ts"], env: pgEnv("MULTI_DATABASE_URL", "retain_multi") },
];

// Each step's output is streamed as it runs. CI logs are often read from the tail only, so a
// failing step's own account of the failure (from vitest's "Failed Tests" or Playwright's
// numbered failures on, the lines naming tests, errors and fast-check seeds) is printed again
// after the summary, where the last screen of the log shows it.
const KEPT_LINES = 1500;
// Where a runner's failure report begins, most specific first.
const REPORT_STARTS = [/Failed Suites|Failed Tests/, /^\d+\) \[/, /Error/];
const FAILURE_LINE = /FAIL|✗|×|\bError\b|Counterexample|seed|expected|received|timed out|timeout|\d+ failed/i;
const DIGEST_LINES = 14;
const plain = (line: string) => line.replace(/\x1b\[[0-9;]*m/g, "").trim();
function failureDigest(lines: string[]): string[] {
  const start = REPORT_STARTS.map((pattern) => lines.findIndex((line) => pattern.test(line))).find((index) => index >= 0) ?? 0;
  const report = lines.slice(start).filter((line) => line && FAILURE_LINE.test(line));
  return [...new Set(report)].slice(0, DIGEST_LINES).map((line) => line.slice(0, 240));
}

const results: { name: string; ok: boolean; seconds: number; digest: string[] }[] = [];
async function runStep(step: Step) {
  console.log(`\n=== ${step.name}: ${step.command} ${step.args.join(" ")}`);
  const started = Date.now();
  const kept: string[] = [];
  let partial = "";
  const keep = (text: string) => {
    const lines = (partial + text).split("\n");
    partial = lines.pop() ?? "";
    kept.push(...lines.map(plain));
    if (kept.length > KEPT_LINES * 2) kept.splice(0, kept.length - KEPT_LINES);
  };
  const child = spawn(step.command, step.args, { stdio: ["inherit", "pipe", "pipe"], env: { ...process.env, ...step.env?.() } });
  child.stdout.on("data", (chunk: Buffer) => (process.stdout.write(chunk), keep(chunk.toString("utf8"))));
  child.stderr.on("data", (chunk: Buffer) => (process.stderr.write(chunk), keep(chunk.toString("utf8"))));
  const status = await new Promise<number | null>((resolve) => {
    child.on("error", (error) => (keep(`${String(error)}\n`), resolve(null)));
    child.on("close", (code) => (keep("\n"), resolve(code)));
  });
  const ok = status === 0;
  results.push({ name: step.name, ok, seconds: (Date.now() - started) / 1000, digest: ok ? [] : failureDigest(kept.slice(-KEPT_LINES)) });
}

// A function, not top-level await: tsx runs this file as CommonJS.
async function main() {
  for (const step of steps) await runStep(step);

  if (process.env.SKIP_POSTGRES) {
    console.log("\n=== PostgreSQL: SKIPPED (SKIP_POSTGRES is set)");
  } else if (!findPostgresBin()) {
    console.log("\n=== PostgreSQL: SKIPPED: no PostgreSQL binaries under /usr/lib/postgresql (Debian: apt-get install -y postgresql)");
  } else {
    try {
      postgres = startPrivatePostgres(Number(process.env.TEST_PG_PORT ?? 5433), ["retain_unit", "retain_e2e", "retain_fault", "retain_multi"]);
      console.log(`\n=== PostgreSQL: private cluster on 127.0.0.1:${process.env.TEST_PG_PORT ?? 5433}`);
      for (const step of postgresSteps) await runStep(step);
    } catch (error) {
      console.error(`PostgreSQL could not be started: ${(error as Error).message}`);
      results.push({ name: "start PostgreSQL", ok: false, seconds: 0, digest: [(error as Error).message] });
    } finally {
      postgres?.stop();
    }
  }

  // Load figures (50 and 200 learners, SQLite and PostgreSQL): printed, not judged.
  await runStep({ name: "load bench (figures)", command: "npx", args: ["tsx", "bench/load.ts"], env: () => ({ LOAD_SECONDS: process.env.LOAD_SECONDS ?? "8" }) });

  console.log("\n=== summary");
  for (const r of results) console.log(`${r.ok ? "ok  " : "FAIL"} ${r.name} (${r.seconds.toFixed(1)} s)`);
  const failures = results.filter((r) => !r.ok);
  for (const r of failures) {
    console.log(`--- ${r.name}: what it said of the failure (full output above)`);
    console.log(r.digest.join("\n") || "(no failure lines recognised)");
  }
  console.log(`steps: ${results.length - failures.length} passed, ${failures.length} failed`);
  process.exit(failures.length === 0 ? 0 : 1);
}

void main();
