import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// A throwaway PostgreSQL cluster for the test run, from Debian's postgresql package: created in a
// temporary folder, listening on 127.0.0.1 only, trust auth, removed afterwards.

export type PrivatePostgres = { url: (database: string) => string; stop: () => void };

// Where initdb/pg_ctl live, or null when PostgreSQL is not installed.
export function findPostgresBin(): string | null {
  const root = "/usr/lib/postgresql";
  if (!fs.existsSync(root)) return null;
  const versions = fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, "bin", "initdb"))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], "bin") : null;
}

// Starts a cluster on `port` and creates the given databases.
export function startPrivatePostgres(port: number, databases: string[]): PrivatePostgres {
  const bin = findPostgresBin();
  if (!bin) throw new Error("PostgreSQL binaries not found");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "retain-pg-"));
  const asRoot = process.getuid?.() === 0;
  // PostgreSQL refuses to run as root: run it as the postgres user, who must own the folder.
  const run = (cmd: string, args: string[]) => {
    const full = asRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, cmd), ...args]] as const : [path.join(bin, cmd), args] as const;
    execFileSync(full[0], [...full[1]], { stdio: ["ignore", "ignore", "inherit"] });
  };
  if (asRoot) execFileSync("chown", ["postgres:postgres", dir]);
  fs.chmodSync(dir, 0o700);
  const data = path.join(dir, "data");
  if (asRoot) {
    fs.mkdirSync(data);
    execFileSync("chown", ["postgres:postgres", data]);
  }
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  run("pg_ctl", ["-D", data, "-l", path.join(dir, "log"), "-o", `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c max_connections=300`, "-w", "start"]);
  const url = (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  for (const database of databases) {
    const psql = spawnSync(path.join(bin, "psql"), ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "-c", `CREATE DATABASE ${database}`], { encoding: "utf8" });
    if (psql.status !== 0) throw new Error(psql.stderr);
  }
  return {
    url,
    stop: () => {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
