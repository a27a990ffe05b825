import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ensureSecret } from "./ensure-secret";

// `npm start`: from a fresh clone to a running app. Writes a generated AUTH_SECRET into .env when
// there is none (refusing to in production, where it must come from the environment), migrates,
// syncs content and demo accounts, builds when the build is missing or older than the sources,
// and serves on PORT (3000 by default) against DATABASE_URL (SQLite in ./data/ by default).

const root = process.cwd();
const envFile = path.join(root, ".env");

function newestSourceTime(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules" && !entry.name.startsWith(".")) walk(full);
      } else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  for (const dir of ["app", "components", "lib", "content"]) if (fs.existsSync(path.join(root, dir))) walk(path.join(root, dir));
  for (const file of ["next.config.js", "proxy.ts", "package-lock.json"]) if (fs.existsSync(path.join(root, file))) newest = Math.max(newest, fs.statSync(path.join(root, file)).mtimeMs);
  return newest;
}

function buildIfNeeded() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs >= newestSourceTime()) return;
  console.log("Building the app (first start or sources changed)…");
  execFileSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], { stdio: "inherit" });
}

async function main() {
  ensureSecret(envFile);
  if (fs.existsSync(envFile)) process.loadEnvFile(envFile);
  const { prepareDatabase } = await import("@/scripts/prepare-db");
  await prepareDatabase();
  buildIfNeeded();
  const port = process.env.PORT ?? "3000";
  console.log(`Retain is starting on http://localhost:${port}`);
  const server = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", port], { stdio: "inherit", env: process.env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
