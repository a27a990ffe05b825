import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "@/lib/db/client";
import { findPostgresBin, startPrivatePostgres } from "../scripts/private-postgres";
import { createUsers, signInOverHttp, startServer, type RunningServer } from "./lib/server";

// Several stateless instances: two app instances on one PostgreSQL behind nginx (round robin).
// Learners review and answer quizzes through nginx; one instance is killed with SIGKILL mid-run
// and started again. Then: every acknowledged review and quiz answer is stored exactly once, a
// session made on one instance works on the other, and the sign-in throttle counts failures made
// on both. Exits 1 on any failure; says "skipped" (exit 0) without nginx or PostgreSQL.
// Needs a production build (NEXT_DIST_DIR to pick another). MULTI_DATABASE_URL: an existing
// PostgreSQL database to use instead of a private cluster.

const basePort = Number(process.env.MULTI_PORT ?? 3230);
const learners = Number(process.env.MULTI_LEARNERS ?? 20);
const password = "multi-instance-password";
const metricsToken = "multi-instance-metrics";

function nginxBinary(): string | null {
  for (const candidate of ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "nginx"]) {
    if (spawnSync(candidate, ["-v"], { stdio: "ignore" }).status === 0) return candidate;
  }
  return null;
}

// nginx in the foreground with a config in a temporary folder, round robin over the instances. A
// request that cannot reach an instance (refused: it is down) goes to the other; one already sent
// is not resent (POSTs are not idempotent to nginx), so the client sees a 502 and retries itself.
function startNginx(binary: string, port: number, upstreams: number[]): { stop: () => void; process: ChildProcess } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "retain-nginx-"));
  const conf = `
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 2048; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream app {
${upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`).join("\n")}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_next_upstream error timeout;
      proxy_read_timeout 60s;
    }
  }
}
`;
  fs.writeFileSync(path.join(dir, "nginx.conf"), conf);
  const child = spawn(binary, ["-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: ["ignore", "ignore", "inherit"] });
  return {
    process: child,
    stop: () => {
      child.kill("SIGTERM");
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitUntilUp(url: string) {
  const started = Date.now();
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    if (Date.now() - started > 30_000) throw new Error(`${url} did not answer within 30 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

type Write = { kind: "review" | "answer"; id: string; url: string; cookie: string; body: string };

async function main() {
  const nginx = nginxBinary();
  if (!nginx) return console.log("multi-instance test: skipped (nginx is not installed; Debian: apt-get install -y nginx-light)");
  if (!process.env.MULTI_DATABASE_URL && !findPostgresBin()) return console.log("multi-instance test: skipped (PostgreSQL is not installed)");
  const cluster = process.env.MULTI_DATABASE_URL ? null : startPrivatePostgres(basePort + 100, ["retain_multi"]);
  const databaseUrl = process.env.MULTI_DATABASE_URL ?? cluster!.url("retain_multi");
  const env = { TRUSTED_PROXIES: "1", METRICS_TOKEN: metricsToken };
  const ports = [basePort + 1, basePort + 2];
  const servers: RunningServer[] = [];
  let balancer: ReturnType<typeof startNginx> | null = null;
  const problems: string[] = [];
  try {
    servers.push(await startServer({ port: ports[0]!, databaseUrl, distDir: process.env.NEXT_DIST_DIR, env }));
    servers.push(await startServer({ port: ports[1]!, databaseUrl, distDir: process.env.NEXT_DIST_DIR, env, reset: false }));
    balancer = startNginx(nginx, basePort, ports);
    const front = `http://127.0.0.1:${basePort}`;
    await waitUntilUp(`${front}/api/v1/health`);

    const emails = await createUsers(databaseUrl, learners, `multi-${Date.now()}`, password);
    const cookies = await Promise.all(emails.map((email) => signInOverHttp(front, email, password)));

    // Sessions are signed cookies checked against the database: one made through nginx works on both.
    for (const server of servers) {
      const res = await fetch(`${server.baseUrl}/api/v1/review/queue?limit=1`, { headers: { cookie: cookies[0]! } });
      if (res.status !== 200) problems.push(`a session does not work on ${server.baseUrl} (HTTP ${res.status})`);
      await res.arrayBuffer();
    }

    const headers = (cookie: string) => ({ cookie, "content-type": "application/json", origin: front });
    const queues = await Promise.all(
      cookies.map(async (cookie) => {
        const res = await fetch(`${front}/api/v1/review/queue?limit=50`, { headers: { cookie } });
        const body = (await res.json()) as { queue: { items: { cardId: string; version: number }[] } };
        return body.queue.items.map((i) => ({ cardId: i.cardId, version: i.version }));
      }),
    );

    const acknowledged = new Map<string, Write>();
    const unanswered = new Map<string, Write>();
    let stop = false;
    let errors502 = 0;
    const send = async (write: Write): Promise<Response | null> => {
      try {
        const res = await fetch(write.url, { method: "POST", headers: headers(write.cookie), body: write.body });
        if (res.ok) {
          acknowledged.set(write.id, write);
          unanswered.delete(write.id);
        } else {
          if (res.status === 502 || res.status === 503) errors502 += 1;
          unanswered.set(write.id, write);
        }
        return res;
      } catch {
        unanswered.set(write.id, write);
        return null;
      }
    };
    const worker = async (cookie: string, cards: { cardId: string; version: number }[]) => {
      for (let i = 0; !stop; i++) {
        if (i % 3 === 2) {
          const requestKey = crypto.randomUUID();
          const res = await fetch(`${front}/api/v1/quiz-attempts`, { method: "POST", headers: headers(cookie), body: JSON.stringify({ mode: "practice", sectionIds: [], count: 2, types: ["truefalse"], requestKey }) }).catch(() => null);
          // The body of an answer cut short by the kill is lost with its connection ("terminated"):
          // the quiz is simply not used.
          const attempt = res?.ok ? await res.json().then((body: { attempt: { id: string; items: { position: number }[] } }) => body.attempt, () => null) : null;
          if (!attempt) continue;
          for (const item of attempt.items) {
            const id = crypto.randomUUID();
            const body = JSON.stringify({ answerId: id, position: item.position, answer: { type: "truefalse", value: Math.random() < 0.5 } });
            await (await send({ kind: "answer", id, url: `${front}/api/v1/quiz-attempts/${attempt.id}/answers`, cookie, body }))?.arrayBuffer().catch(() => undefined);
          }
          continue;
        }
        const card = cards[i % cards.length];
        if (!card) continue;
        const id = crypto.randomUUID();
        const body = JSON.stringify({ reviewId: id, cardId: card.cardId, rating: 1 + (i % 4), durationMs: 1500 });
        await (await send({ kind: "review", id, url: `${front}/api/v1/reviews`, cookie, body }))?.arrayBuffer().catch(() => undefined);
      }
    };
    const load = Promise.all(cookies.map((cookie, k) => worker(cookie, queues[k]!)));
    await new Promise((r) => setTimeout(r, 3000));
    servers[0]!.process.kill("SIGKILL");
    const ackAtKill = acknowledged.size;
    await new Promise((r) => setTimeout(r, 3000));
    const ackWhileDown = acknowledged.size - ackAtKill;
    servers[0] = await startServer({ port: ports[0]!, databaseUrl, distDir: process.env.NEXT_DIST_DIR, env, reset: false });
    await new Promise((r) => setTimeout(r, 3000));
    stop = true;
    await load;
    if (ackWhileDown === 0) problems.push("no write was acknowledged while one instance was down");

    // Clients send what went unanswered again, with the same ids: each is stored at most once.
    let retried = 0;
    for (const write of [...unanswered.values()]) {
      const res = await send(write);
      if (res?.ok) retried += 1;
      await res?.arrayBuffer();
    }

    // Both instances served requests.
    for (const server of servers) {
      const text = await (await fetch(`${server.baseUrl}/api/v1/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } })).text();
      const served = [...text.matchAll(/^retain_http_requests_total\{[^}]*\} (\d+)/gm)].reduce((n, m) => n + Number(m[1]), 0);
      if (served === 0) problems.push(`${server.baseUrl} served no request after its start`);
    }

    // The sign-in throttle counts failures made on either instance: after 5 free failures (made
    // alternately on both), the next attempt is held back, whichever instance it reaches.
    const target = emails[emails.length - 1]!;
    const throttledOn: string[] = [];
    for (let i = 0; i < 7; i++) {
      const server = servers[i % 2]!;
      const csrf = await fetch(`${server.baseUrl}/api/auth/csrf`);
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
      const res = await fetch(`${server.baseUrl}/api/auth/callback/credentials`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar, origin: server.baseUrl, "x-forwarded-for": "203.0.113.7" },
        body: new URLSearchParams({ csrfToken, email: target, password: "not the password", json: "true" }),
      });
      const said = `${res.headers.get("location") ?? ""} ${await res.text()}`;
      if (said.includes("TooManyAttempts")) throttledOn.push(`attempt ${i + 1} on ${server.baseUrl}`);
    }
    if (throttledOn.length === 0 || throttledOn[0]!.startsWith("attempt 1 ") || !throttledOn.some((t) => t.includes(`attempt 6 `))) {
      problems.push(`the sign-in throttle did not count across instances (held back: ${throttledOn.join(", ") || "none"})`);
    }

    const db = createDb(databaseUrl);
    try {
      const reviews = await db.reviewLog.findMany({ select: { reviewId: true } });
      const stored = new Map<string, number>();
      for (const r of reviews) stored.set(r.reviewId, (stored.get(r.reviewId) ?? 0) + 1);
      const answers = await db.quizAttemptItem.findMany({ where: { answerId: { not: null } }, select: { answerId: true } });
      const answered = new Set(answers.map((a) => a.answerId));
      let reviewCount = 0;
      let answerCount = 0;
      for (const write of acknowledged.values()) {
        if (write.kind === "review") {
          reviewCount += 1;
          const n = stored.get(write.id) ?? 0;
          if (n !== 1) problems.push(`acknowledged review ${write.id} is stored ${n} times`);
        } else {
          answerCount += 1;
          if (!answered.has(write.id)) problems.push(`acknowledged answer ${write.id} is missing`);
        }
      }
      console.log(
        `multi-instance: ${servers.length} instances behind nginx, ${learners} learners; ${reviewCount} reviews and ${answerCount} answers acknowledged (${ackWhileDown} while one instance was down); ${errors502} answered 502/503 around the kill, ${retried} sent again and stored once; sign-in throttle held back ${throttledOn.join(", ")}`,
      );
    } finally {
      await db.$disconnect();
    }
  } finally {
    balancer?.stop();
    await Promise.all(servers.map((s) => s.stop()));
    cluster?.stop();
  }
  if (problems.length > 0) {
    console.error(`MULTI-INSTANCE TEST FAILED: ${problems.length} problem(s)\n${problems.slice(0, 20).join("\n")}`);
    process.exit(1);
  }
  console.log("multi-instance test: every acknowledged write stored once, sessions and throttles shared across instances");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
