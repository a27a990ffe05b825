import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// Proves the README's first command: `npm start` on a fresh SQLite database serves the app with the
// content loaded and the demo accounts printed and usable. Starts it (fresh data folder, its own
// port), signs in as the demo student over HTTP and reads the sections page, then stops it.

const port = process.env.README_CHECK_PORT ?? "3197";
const base = `http://127.0.0.1:${port}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "retain-readme-"));
let output = "";

const server = spawn("npm", ["start"], { detached: true, env: { ...process.env, PORT: port, DATABASE_URL: `file:${path.join(dataDir, "retain.db")}` } });
for (const stream of [server.stdout, server.stderr]) stream.on("data", (chunk: Buffer) => (output += chunk.toString()));

function stop() {
  // npm, tsx and next run as one process group.
  if (server.pid) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
}

async function waitForServer(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`npm start exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${base}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("npm start did not serve / within 3 minutes");
}

// Cookies as a browser would keep them, enough for next-auth's sign-in round trip.
const jar = new Map<string, string>();
function keep(response: Response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair!.indexOf("=");
    jar.set(pair!.slice(0, at), pair!.slice(at + 1));
  }
}
const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

async function main() {
  await waitForServer(Date.now() + 180_000);
  const demo = /Demo accounts, password "retain-demo-password": student@example\.com/.exec(output);
  if (!demo) throw new Error("npm start did not print the demo accounts");

  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  keep(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const signIn = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie(), origin: base },
    body: new URLSearchParams({ csrfToken, email: "student@example.com", password: "retain-demo-password", json: "true" }),
  });
  keep(signIn);
  if (![...jar.keys()].some((k) => k.endsWith("next-auth.session-token"))) throw new Error(`signing in as the demo student failed (status ${signIn.status})`);

  const sections = await fetch(`${base}/sections`, { headers: { cookie: cookie() }, redirect: "manual" });
  const html = await sections.text();
  if (sections.status !== 200) throw new Error(`/sections answered ${sections.status}`);
  for (const title of ["Enforcement and Removal Operations", "Homeland Security Investigations"]) {
    if (!html.includes(title)) throw new Error(`/sections does not list "${title}": content not loaded`);
  }
  console.log(`npm start served ${base} on a fresh SQLite database: demo accounts printed, demo student signed in, sections listed`);
}

main()
  .then(() => {
    stop();
    process.exit(0);
  })
  .catch((error: unknown) => {
    console.error(`README's first command failed: ${error instanceof Error ? error.message : String(error)}`);
    console.error(output.split("\n").slice(-40).join("\n"));
    stop();
    process.exit(1);
  });
