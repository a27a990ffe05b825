// Benchmark: embedded PGlite vs SQLite (libSQL) behind Prisma 7.10 driver adapters.
//
//   npm install && npm run bench                       # everything, 3 repeats, median reported
//   npm run bench -- --engines pglite --repeats 1      # one engine, one repeat
//   npm run bench -- --seq 500 --conc 1000             # smaller run
//
// The parent process spawns one child process per (engine, repeat) so that the engines never share
// a heap, a JIT or a wasm instance. Each child measures two phases on a fresh database each:
//   seq : N interactive $transaction one after another (read card, update with version check,
//         insert review log);
//   conc: W async workers (concurrent requests in one server process) sharing a fixed total count.
// Afterwards the child verifies: ReviewLog count == acknowledged transactions, every card's reps ==
// its number of logs and version == reps; the concurrent database is then closed and reopened and
// counted again. Data lives on disk under ./data (removed afterwards unless --keep).
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DATA = path.join(HERE, "data");

function parseArgs(argv) {
  const o = {
    engines: ["sqlite", "pglite"],
    repeats: 3,
    seq: 2000,
    conc: 4000,
    workers: 50,
    cards: 1000,
    keep: false,
    child: null,
    json: null,
    multiproc: false,
    procs: 2,
    attach: null,
    busyTimeout: true,
    lockFirst: false,
    soak: 0,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i];
    if (a === "--engines") o.engines = next().split(",");
    else if (a === "--repeats") o.repeats = Number(next());
    else if (a === "--seq") o.seq = Number(next());
    else if (a === "--conc") o.conc = Number(next());
    else if (a === "--workers") o.workers = Number(next());
    else if (a === "--cards") o.cards = Number(next());
    else if (a === "--keep") o.keep = true;
    else if (a === "--child") o.child = next();
    else if (a === "--json") o.json = next();
    else if (a === "--multiproc") o.multiproc = true;
    else if (a === "--procs") o.procs = Number(next());
    else if (a === "--attach") o.attach = next();
    else if (a === "--no-busy-timeout") o.busyTimeout = false;
    else if (a === "--sqlite-lock-first") o.lockFirst = true;
    else if (a === "--soak") o.soak = Number(next());
    else throw new Error(`unknown argument ${a}`);
  }
  return o;
}

// ---------------------------------------------------------------------------------------------
// Engines
// ---------------------------------------------------------------------------------------------

const DDL = {
  sqlite: [
    `CREATE TABLE "Card" ("id" TEXT NOT NULL PRIMARY KEY, "userId" TEXT NOT NULL, "due" DATETIME NOT NULL,
      "stability" REAL NOT NULL, "difficulty" REAL NOT NULL, "reps" INTEGER NOT NULL DEFAULT 0,
      "version" INTEGER NOT NULL DEFAULT 0)`,
    `CREATE TABLE "ReviewLog" ("id" TEXT NOT NULL PRIMARY KEY, "cardId" TEXT NOT NULL, "rating" INTEGER NOT NULL,
      "reviewedAt" DATETIME NOT NULL, "elapsedDays" REAL NOT NULL, "scheduledDays" REAL NOT NULL,
      "state" INTEGER NOT NULL,
      CONSTRAINT "ReviewLog_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card" ("id") ON DELETE CASCADE ON UPDATE CASCADE)`,
    `CREATE INDEX "Card_userId_due_idx" ON "Card"("userId", "due")`,
    `CREATE INDEX "ReviewLog_cardId_idx" ON "ReviewLog"("cardId")`,
  ],
  pglite: [
    `CREATE TABLE "Card" ("id" TEXT NOT NULL, "userId" TEXT NOT NULL, "due" TIMESTAMP(3) NOT NULL,
      "stability" DOUBLE PRECISION NOT NULL, "difficulty" DOUBLE PRECISION NOT NULL,
      "reps" INTEGER NOT NULL DEFAULT 0, "version" INTEGER NOT NULL DEFAULT 0,
      CONSTRAINT "Card_pkey" PRIMARY KEY ("id"))`,
    `CREATE TABLE "ReviewLog" ("id" TEXT NOT NULL, "cardId" TEXT NOT NULL, "rating" INTEGER NOT NULL,
      "reviewedAt" TIMESTAMP(3) NOT NULL, "elapsedDays" DOUBLE PRECISION NOT NULL,
      "scheduledDays" DOUBLE PRECISION NOT NULL, "state" INTEGER NOT NULL,
      CONSTRAINT "ReviewLog_pkey" PRIMARY KEY ("id"))`,
    `ALTER TABLE "ReviewLog" ADD CONSTRAINT "ReviewLog_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    `CREATE INDEX "Card_userId_due_idx" ON "Card"("userId", "due")`,
    `CREATE INDEX "ReviewLog_cardId_idx" ON "ReviewLog"("cardId")`,
  ],
};

/** Opens a Prisma client on `dir` (created if missing). Returns { prisma, close, settings }. */
async function openEngine(engine, dir, { busyTimeout = true, lockFirst = false } = {}) {
  fs.mkdirSync(dir, { recursive: true });
  if (engine === "sqlite") {
    const { PrismaClient } = await import("./node_modules/.generated/sqlite/client.ts");
    const { PrismaLibSql } = await import("@prisma/adapter-libsql");
    const file = path.join(dir, "bench.db");
    const adapter = new PrismaLibSql({ url: `file:${file}` });
    const prisma = new PrismaClient({ adapter });
    // journal_mode=WAL is stored in the database file, so it holds for every later connection.
    // busy_timeout is per connection, and @libsql/client opens a NEW connection for every
    // transaction (with busy timeout 0), so run.mjs also sets it at the start of each transaction.
    const [jm] = await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    if (busyTimeout) await prisma.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
    const [sync] = await prisma.$queryRawUnsafe("PRAGMA synchronous");
    return {
      prisma,
      settings: { journal_mode: jm.journal_mode, synchronous: Number(sync.synchronous) },
      txPrelude: async (tx) => {
        if (busyTimeout) await tx.$executeRawUnsafe("PRAGMA busy_timeout = 5000");
        // The adapter always issues BEGIN DEFERRED. A read followed by a write then fails at once
        // with SQLITE_BUSY (P1008) when another PROCESS wrote meanwhile: busy_timeout cannot help a
        // read transaction that must upgrade. A no-op write as the first statement takes the write
        // lock up front (waiting up to busy_timeout), which is what BEGIN IMMEDIATE would do.
        if (lockFirst) await tx.$executeRawUnsafe(`UPDATE "Card" SET "version" = "version" WHERE 0`);
      },
      close: async () => {
        await prisma.$disconnect();
      },
    };
  }
  if (engine === "pglite") {
    const { PrismaClient } = await import("./node_modules/.generated/pglite/client.ts");
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    const pg = await PGlite.create(dir); // nodefs data directory
    const adapter = new PrismaPGlite(pg);
    const prisma = new PrismaClient({ adapter });
    const [fsync] = await prisma.$queryRawUnsafe("SHOW fsync");
    const [sc] = await prisma.$queryRawUnsafe("SHOW synchronous_commit");
    const [ver] = await prisma.$queryRawUnsafe("SHOW server_version");
    return {
      prisma,
      settings: { fsync: fsync.fsync, synchronous_commit: sc.synchronous_commit, server_version: ver.server_version },
      txPrelude: null,
      close: async () => {
        await prisma.$disconnect();
        await pg.close();
      },
    };
  }
  throw new Error(`unknown engine ${engine}`);
}

// ---------------------------------------------------------------------------------------------
// Workload
// ---------------------------------------------------------------------------------------------

class VersionConflict extends Error {}

async function createSchemaAndSeed(engine, db, nCards) {
  for (const sql of DDL[engine]) await db.prisma.$executeRawUnsafe(sql);
  const now = Date.now();
  const ids = [];
  const rows = [];
  for (let i = 0; i < nCards; i++) {
    const id = `card-${String(i).padStart(5, "0")}`;
    ids.push(id);
    rows.push({
      id,
      userId: `user-${i % 10}`,
      due: new Date(now + (i % 7) * 86_400_000),
      stability: 1 + (i % 5),
      difficulty: 5,
      reps: 0,
      version: 0,
    });
  }
  for (let i = 0; i < rows.length; i += 250) await db.prisma.card.createMany({ data: rows.slice(i, i + 250) });
  return ids;
}

/** One review: read card, update it guarded by version, insert log. Throws VersionConflict. */
async function reviewOnce(db, cardId, rating) {
  await db.prisma.$transaction(async (tx) => {
    if (db.txPrelude) await db.txPrelude(tx);
    const card = await tx.card.findUniqueOrThrow({ where: { id: cardId } });
    const now = new Date();
    const factor = rating === 1 ? 0.5 : 1 + rating * 0.4;
    const stability = card.stability * factor;
    const difficulty = Math.min(10, Math.max(1, card.difficulty + (3 - rating) * 0.3));
    const scheduledDays = Math.max(1, Math.round(stability));
    const { count } = await tx.card.updateMany({
      where: { id: cardId, version: card.version },
      data: {
        due: new Date(now.getTime() + scheduledDays * 86_400_000),
        stability,
        difficulty,
        reps: { increment: 1 },
        version: { increment: 1 },
      },
    });
    if (count !== 1) throw new VersionConflict(`version conflict on ${cardId}`);
    await tx.reviewLog.create({
      data: {
        id: randomUUID(),
        cardId,
        rating,
        reviewedAt: now,
        elapsedDays: (now.getTime() - card.due.getTime()) / 86_400_000,
        scheduledDays,
        state: 2,
      },
    });
  });
}

const isRetryable = (e) => e instanceof VersionConflict || e?.code === "P2034";

/** Runs `total` reviews with `workers` concurrent loops. Returns stats. */
async function runLoad(db, ids, total, workers) {
  const lat = [];
  const errors = new Map();
  let next = 0;
  let acked = 0;
  let retries = 0;
  let failed = 0;
  // deterministic pseudo-random card choice so both engines see the same sequence
  let seed = 12345;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const jobs = Array.from({ length: total }, (_, i) => ({ card: ids[Math.floor(rnd() * ids.length)], rating: 1 + (i % 4) }));

  async function worker() {
    for (;;) {
      const j = next++;
      if (j >= total) return;
      const { card, rating } = jobs[j];
      const t0 = performance.now();
      for (let attempt = 0; ; attempt++) {
        try {
          await reviewOnce(db, card, rating);
          acked++;
          lat.push(performance.now() - t0);
          break;
        } catch (e) {
          if (isRetryable(e) && attempt < 5) {
            retries++;
            continue;
          }
          failed++;
          const key = `${e?.code ?? e?.name ?? "Error"}: ${String(e?.message ?? e).split("\n").filter(Boolean).slice(-1)[0]?.slice(0, 160)}`;
          errors.set(key, (errors.get(key) ?? 0) + 1);
          break;
        }
      }
    }
  }

  const t0 = performance.now();
  await Promise.all(Array.from({ length: workers }, () => worker()));
  const wall = performance.now() - t0;
  lat.sort((a, b) => a - b);
  const pct = (p) => (lat.length ? lat[Math.min(lat.length - 1, Math.ceil((p / 100) * lat.length) - 1)] : NaN);
  return {
    total,
    workers,
    acked,
    failed,
    retries,
    errors: Object.fromEntries(errors),
    wallMs: wall,
    txPerSec: (acked / wall) * 1000,
    p50: pct(50),
    p99: pct(99),
    max: lat[lat.length - 1] ?? NaN,
  };
}

async function verify(db, expectedLogs) {
  const logs = await db.prisma.reviewLog.count();
  const [bad] = await db.prisma.$queryRawUnsafe(
    `SELECT COUNT(*) AS n FROM "Card" c
     WHERE c."reps" <> (SELECT COUNT(*) FROM "ReviewLog" l WHERE l."cardId" = c."id") OR c."version" <> c."reps"`,
  );
  const agg = await db.prisma.card.aggregate({ _sum: { reps: true } });
  const mismatched = Number(bad.n);
  return {
    logs,
    expectedLogs,
    sumReps: agg._sum.reps ?? 0,
    mismatchedCards: mismatched,
    ok: logs === expectedLogs && mismatched === 0 && (agg._sum.reps ?? 0) === expectedLogs,
  };
}

function dirSize(p) {
  let n = 0;
  for (const e of fs.readdirSync(p, { withFileTypes: true })) {
    const f = path.join(p, e.name);
    n += e.isDirectory() ? dirSize(f) : fs.statSync(f).size;
  }
  return n;
}

async function child(engine, opt, tag) {
  const out = { engine, tag };
  for (const phase of ["seq", "conc"]) {
    const dir = path.join(DATA, `${engine}-${tag}-${phase}`);
    fs.rmSync(dir, { recursive: true, force: true });
    let t = performance.now();
    let db = await openEngine(engine, dir, { lockFirst: opt.lockFirst });
    const openFreshMs = performance.now() - t;
    t = performance.now();
    const ids = await createSchemaAndSeed(engine, db, opt.cards);
    const seedMs = performance.now() - t;
    const stats =
      phase === "seq" ? await runLoad(db, ids, opt.seq, 1) : await runLoad(db, ids, opt.conc, opt.workers);
    const check = await verify(db, stats.acked);
    const rssAfterLoadMB = process.memoryUsage().rss / 1e6;
    out.settings = db.settings;
    await db.close();
    // reopen from disk: the data must still be there, and this is a server's cold-start cost
    t = performance.now();
    db = await openEngine(engine, dir, { lockFirst: opt.lockFirst });
    const reopenMs = performance.now() - t;
    const checkAfterReopen = await verify(db, stats.acked);
    await db.close();
    out[phase] = {
      ...stats,
      openFreshMs,
      seedMs,
      reopenMs,
      check,
      checkAfterReopen,
      diskBytes: dirSize(dir),
      rssAfterLoadMB,
    };
    if (!opt.keep) fs.rmSync(dir, { recursive: true, force: true });
  }
  out.maxRssMB = (process.resourceUsage().maxRSS * 1024) / 1e6; // maxRSS is in KiB
  return out;
}

// ---------------------------------------------------------------------------------------------
// Parent: spawn children, aggregate medians, print table
// ---------------------------------------------------------------------------------------------

function spawnSelf(args) {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), ...args], {
      cwd: HERE,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let so = "";
    let se = "";
    p.stdout.on("data", (d) => (so += d));
    p.stderr.on("data", (d) => (se += d));
    p.on("close", (code, signal) => {
      const line = so.split("\n").find((l) => l.startsWith("RESULT "));
      if (code === 0 && line) resolve(JSON.parse(line.slice(7)));
      else resolve({ crashed: { code, signal, stderr: se.slice(-2000), stdout: so.slice(-1000) } });
    });
  });
}

/** Child of --multiproc: open an existing database and run its share of the concurrent load. */
async function attachChild(engine, dir, opt) {
  let db;
  try {
    db = await openEngine(engine, dir, { busyTimeout: opt.busyTimeout, lockFirst: opt.lockFirst });
  } catch (e) {
    return { engine, openError: String(e?.message ?? e).slice(0, 300) };
  }
  const ids = Array.from({ length: opt.cards }, (_, i) => `card-${String(i).padStart(5, "0")}`);
  const stats = await runLoad(db, ids, opt.conc, opt.workers);
  await db.close();
  return { engine, ...stats };
}

/**
 * --soak N: N sequential interactive transactions in one long-lived client (a server that stays up),
 * sampling open file descriptors and RSS. Runs each engine in its own child process.
 */
async function soakChild(engine, opt) {
  const dir = path.join(DATA, `${engine}-soak`);
  fs.rmSync(dir, { recursive: true, force: true });
  const db = await openEngine(engine, dir, { lockFirst: opt.lockFirst });
  const ids = await createSchemaAndSeed(engine, db, opt.cards);
  const fds = () => {
    try {
      return fs.readdirSync("/proc/self/fd").length;
    } catch (e) {
      return e.code ?? "error"; // EMFILE: the process is out of file descriptors
    }
  };
  const rss = () => {
    try {
      return Math.round(process.memoryUsage.rss() / 1e6);
    } catch (e) {
      return e.code ?? "error"; // even reading /proc fails once descriptors run out
    }
  };
  let nofile = "?";
  try {
    nofile = fs.readFileSync("/proc/self/limits", "utf8").split("\n").find((l) => l.startsWith("Max open files"))?.split(/\s+/)[3];
  } catch {}
  const samples = [{ tx: 0, fds: fds(), rssMB: rss() }];
  let acked = 0;
  let failed = 0;
  let firstError = null;
  const step = Math.max(1, Math.floor(opt.soak / 6));
  for (let i = 1; i <= opt.soak; i++) {
    try {
      await reviewOnce(db, ids[i % ids.length], 1 + (i % 4));
      acked++;
    } catch (e) {
      failed++;
      firstError ??= { at: i, message: String(e?.message ?? e).split("\n").filter(Boolean).slice(-1)[0]?.slice(0, 200) };
    }
    if (i % step === 0 || i === opt.soak)
      samples.push({ tx: i, fds: fds(), rssMB: rss() });
  }
  let check;
  try {
    check = await verify(db, acked);
  } catch (e) {
    check = { ok: false, error: String(e?.message ?? e).slice(0, 200) };
  }
  await db.close().catch(() => {});
  // the parent removes the directory: this process may have no descriptor left to do it
  return { engine, nofileSoftLimit: nofile, acked, failed, firstError, samples, check };
}

async function soak(opt) {
  for (const engine of opt.engines) {
    const r = await spawnSelf([
      "--child", engine, "--soak", String(opt.soak), "--cards", String(opt.cards),
      ...(opt.lockFirst ? ["--sqlite-lock-first"] : []), ...(opt.keep ? ["--keep"] : []),
    ]);
    if (!opt.keep) fs.rmSync(path.join(DATA, `${engine}-soak`), { recursive: true, force: true });
    if (r.crashed) {
      console.log(`${engine}: CRASHED`, JSON.stringify(r.crashed));
      continue;
    }
    console.log(
      `${engine} soak (${opt.soak} tx, fd soft limit ${r.nofileSoftLimit}): acked ${r.acked}, failed ${r.failed}, verified ${r.check.ok}` +
        (r.firstError ? `, first error at tx ${r.firstError.at}: ${r.firstError.message}` : ""),
    );
    console.log("   tx -> open fds / RSS MB: " + r.samples.map((s) => `${s.tx}: ${s.fds}/${s.rssMB}`).join(", "));
  }
}

/**
 * --multiproc: several OS processes (e.g. `next start` plus a seed/cron script, or two server
 * workers) writing the same database at once. Each process runs conc/procs reviews with
 * workers/procs workers; afterwards the database is reopened and checked.
 */
async function multiproc(opt) {
  console.log(
    `multi-process check: ${opt.procs} processes x ${Math.floor(opt.conc / opt.procs)} reviews, ${Math.floor(opt.workers / opt.procs)} workers each; sqlite busy_timeout per tx: ${opt.busyTimeout}, sqlite write lock first: ${opt.lockFirst}`,
  );
  for (const engine of opt.engines) {
    const dir = path.join(DATA, `${engine}-multiproc`);
    fs.rmSync(dir, { recursive: true, force: true });
    let db = await openEngine(engine, dir, { busyTimeout: opt.busyTimeout, lockFirst: opt.lockFirst });
    await createSchemaAndSeed(engine, db, opt.cards);
    await db.close();
    const share = [
      "--attach", engine, "--conc", String(Math.floor(opt.conc / opt.procs)),
      "--workers", String(Math.floor(opt.workers / opt.procs)), "--cards", String(opt.cards), "--json", dir,
      ...(opt.busyTimeout ? [] : ["--no-busy-timeout"]),
      ...(opt.lockFirst ? ["--sqlite-lock-first"] : []),
    ];
    const t0 = performance.now();
    const res = await Promise.all(Array.from({ length: opt.procs }, () => spawnSelf(share)));
    const wall = performance.now() - t0;
    const acked = res.reduce((a, r) => a + (r.acked ?? 0), 0);
    const failed = res.reduce((a, r) => a + (r.failed ?? 0), 0);
    let check;
    try {
      db = await openEngine(engine, dir, { busyTimeout: opt.busyTimeout, lockFirst: opt.lockFirst });
      check = await verify(db, acked);
      await db.close();
    } catch (e) {
      check = { ok: false, error: String(e?.message ?? e).slice(0, 300) };
    }
    console.log(
      `${engine}: acked ${acked}, failed ${failed}, wall ${f0(wall)} ms, verified after reopen: ${JSON.stringify(check)}`,
    );
    for (const r of res) {
      if (r.crashed) console.log("   process crashed:", JSON.stringify(r.crashed));
      else if (r.openError) console.log("   open error:", r.openError);
      else if (r.failed) console.log("   errors:", JSON.stringify(r.errors));
    }
    if (!opt.keep) fs.rmSync(dir, { recursive: true, force: true });
  }
}

function runChild(engine, opt, tag) {
  const args = [
    "--import",
    "tsx",
    fileURLToPath(import.meta.url),
    "--child",
    engine,
    "--repeats",
    "1",
    "--seq",
    String(opt.seq),
    "--conc",
    String(opt.conc),
    "--workers",
    String(opt.workers),
    "--cards",
    String(opt.cards),
    "--json",
    tag,
    ...(opt.keep ? ["--keep"] : []),
    ...(opt.lockFirst ? ["--sqlite-lock-first"] : []),
  ];
  return new Promise((resolve) => {
    const p = spawn(process.execPath, args, { cwd: HERE, stdio: ["ignore", "pipe", "pipe"] });
    let so = "";
    let se = "";
    p.stdout.on("data", (d) => (so += d));
    p.stderr.on("data", (d) => (se += d));
    p.on("close", (code, signal) => {
      const line = so.split("\n").find((l) => l.startsWith("RESULT "));
      if (code === 0 && line) resolve(JSON.parse(line.slice(7)));
      else resolve({ engine, tag, crashed: { code, signal, stderr: se.slice(-2000), stdout: so.slice(-1000) } });
    });
  });
}

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : "n/a");
const f0 = (x) => (Number.isFinite(x) ? x.toFixed(0) : "n/a");

async function main() {
  const opt = parseArgs(process.argv.slice(2));
  if (opt.attach) {
    const r = await attachChild(opt.attach, opt.json, opt);
    process.stdout.write(`RESULT ${JSON.stringify(r)}\n`);
    return;
  }
  if (opt.multiproc) return multiproc(opt);
  if (opt.soak && opt.child) {
    const r = await soakChild(opt.child, opt);
    process.stdout.write(`RESULT ${JSON.stringify(r)}\n`);
    return;
  }
  if (opt.soak) return soak(opt);
  if (opt.child) {
    const r = await child(opt.child, opt, opt.json ?? "r1");
    process.stdout.write(`RESULT ${JSON.stringify(r)}\n`);
    return;
  }
  console.log(
    `node ${process.version}; seq=${opt.seq} conc=${opt.conc} workers=${opt.workers} cards=${opt.cards} repeats=${opt.repeats}` +
      (opt.lockFirst ? "; sqlite transactions take the write lock first" : ""),
  );
  // Repeats are interleaved (r1: a, b; r2: a, b; ...) so that background load on the machine hits
  // every engine alike.
  const all = Object.fromEntries(opt.engines.map((e) => [e, []]));
  console.log(`load average at start: ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}`);
  for (let r = 1; r <= opt.repeats; r++) {
    for (const engine of opt.engines) {
      const res = await runChild(engine, opt, `r${r}`);
      all[engine].push(res);
      if (res.crashed) {
        console.log(`${engine} r${r}: CRASHED`, JSON.stringify(res.crashed));
        continue;
      }
      const s = res.seq;
      const c = res.conc;
      console.log(
        `${engine} r${r}: seq ${f0(s.txPerSec)} tx/s p50 ${f1(s.p50)} p99 ${f1(s.p99)} ms ok=${s.check.ok && s.checkAfterReopen.ok}` +
          ` | conc ${f0(c.txPerSec)} tx/s p50 ${f1(c.p50)} p99 ${f1(c.p99)} ms acked ${c.acked}/${c.total} failed ${c.failed} retries ${c.retries}` +
          ` ok=${c.check.ok && c.checkAfterReopen.ok} | open ${f0(s.openFreshMs)} ms reopen ${f0(c.reopenMs)} ms rss ${f0(res.maxRssMB)} MB`,
      );
      if (c.failed || s.failed) console.log("   errors:", JSON.stringify({ ...s.errors, ...c.errors }));
    }
  }

  console.log(`load average at end: ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}`);
  const rows = [];
  for (const engine of opt.engines) {
    const ok = all[engine].filter((r) => !r.crashed);
    const m = (fn) => median(ok.map(fn));
    rows.push({
      engine,
      runs: `${ok.length}/${all[engine].length}`,
      seqTps: m((r) => r.seq.txPerSec),
      seqP50: m((r) => r.seq.p50),
      seqP99: m((r) => r.seq.p99),
      concTps: m((r) => r.conc.txPerSec),
      concP50: m((r) => r.conc.p50),
      concP99: m((r) => r.conc.p99),
      failed: ok.reduce((a, r) => a + r.seq.failed + r.conc.failed, 0),
      verified: ok.every((r) => r.seq.check.ok && r.seq.checkAfterReopen.ok && r.conc.check.ok && r.conc.checkAfterReopen.ok),
      openFresh: m((r) => r.seq.openFreshMs),
      reopen: m((r) => r.conc.reopenMs),
      seed: m((r) => r.seq.seedMs),
      disk: m((r) => r.conc.diskBytes) / 1e6,
      rss: m((r) => r.maxRssMB),
      rssLoad: m((r) => r.conc.rssAfterLoadMB),
      settings: ok[0]?.settings,
    });
  }
  console.log("\nMedians of", opt.repeats, "repeats:");
  console.log(
    "| engine | runs | seq tx/s | seq p50 ms | seq p99 ms | conc tx/s | conc p50 ms | conc p99 ms | failed tx | counts verified | open new ms | reopen ms | seed 1000 ms | disk MB (after conc) | RSS after conc MB | max RSS MB |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const r of rows) {
    console.log(
      `| ${r.engine} | ${r.runs} | ${f0(r.seqTps)} | ${f1(r.seqP50)} | ${f1(r.seqP99)} | ${f0(r.concTps)} | ${f1(r.concP50)} | ${f1(r.concP99)} | ${r.failed} | ${r.verified ? "yes" : "NO"} | ${f0(r.openFresh)} | ${f0(r.reopen)} | ${f0(r.seed)} | ${f1(r.disk)} | ${f0(r.rssLoad)} | ${f0(r.rss)} |`,
    );
  }
  for (const r of rows) console.log(`settings ${r.engine}: ${JSON.stringify(r.settings)}`);
  if (rows.length === 2) {
    const [a, b] = rows;
    console.log(
      `\nratio ${a.engine}/${b.engine}: seq tx/s ${(a.seqTps / b.seqTps).toFixed(2)}x, conc tx/s ${(a.concTps / b.concTps).toFixed(2)}x`,
    );
  }
  const outFile = path.join(HERE, opt.lockFirst ? "results-lock-first.json" : "results.json");
  fs.writeFileSync(outFile, JSON.stringify({ opt, node: process.version, all, rows }, null, 2));
  console.log(`raw results: ${path.relative(process.cwd(), outFile)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
