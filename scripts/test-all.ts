import { spawnSync } from "node:child_process";

// `npm test`: every check, in order of speed, stopping at nothing so one run reports everything:
// type-check, lint, unit and data-layer tests, the content check, a production build, and e2e.

type Step = { name: string; command: string; args: string[]; env?: Record<string, string> };

const steps: Step[] = [
  { name: "type-check", command: "npx", args: ["tsc", "--noEmit"] },
  { name: "lint", command: "npx", args: ["eslint", ".", "--max-warnings=0"] },
  { name: "unit tests", command: "npx", args: ["vitest", "run"] },
  { name: "content check", command: "npx", args: ["tsx", "scripts/content-check.ts"] },
  { name: "build", command: "npx", args: ["next", "build"] },
  { name: "e2e (SQLite)", command: "npx", args: ["playwright", "test"] },
];

const results: { name: string; ok: boolean; seconds: number }[] = [];
for (const step of steps) {
  console.log(`\n=== ${step.name}: ${step.command} ${step.args.join(" ")}`);
  const started = Date.now();
  const run = spawnSync(step.command, step.args, { stdio: "inherit", env: { ...process.env, ...step.env } });
  results.push({ name: step.name, ok: run.status === 0, seconds: (Date.now() - started) / 1000 });
}

console.log("\n=== summary");
for (const r of results) console.log(`${r.ok ? "ok  " : "FAIL"} ${r.name} (${r.seconds.toFixed(1)} s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`steps: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
