import zlib from "node:zlib";
import { createUsers, signInOverHttp, startServer } from "./lib/server";

// First-load JavaScript: the scripts a first visit downloads, gzip-compressed, of the public pages
// and (signed in as a student) the main study pages, measured against a production build (run
// `npx next build` first). Prints KB per page.
async function main() {
  const server = await startServer({ port: Number(process.env.BENCH_PORT ?? 3190), distDir: process.env.NEXT_DIST_DIR });
  try {
    const [email] = await createUsers(server.databaseUrl, 1, "first-load", "bench-password-123");
    const cookie = await signInOverHttp(server.baseUrl, email!, "bench-password-123");
    const pages = [...["/", "/sign-in", "/sign-up"].map((page) => ({ page, cookie: "" })), ...["/dashboard", "/review", "/quiz/new", "/progress", "/account"].map((page) => ({ page, cookie }))];
    for (const { page, cookie } of pages) {
      const html = await (await fetch(server.baseUrl + page, { headers: { cookie } })).text();
      // noModule scripts (legacy polyfills) are skipped by every browser that runs the app's modules.
      const scripts = [...new Set([...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)].filter((m) => !/noModule/i.test(m[1]! + m[3]!)).map((m) => m[2]!))];
      let raw = 0;
      let gzip = 0;
      for (const src of scripts) {
        const body = Buffer.from(await (await fetch(new URL(src, server.baseUrl))).arrayBuffer());
        raw += body.length;
        gzip += zlib.gzipSync(body, { level: 9 }).length;
      }
      const inline = zlib.gzipSync(Buffer.from([...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join(""))).length;
      console.log(`${page.padEnd(10)} ${scripts.length} scripts, ${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip (+ ${(inline / 1024).toFixed(1)} KB gzip inline payload)`);
    }
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
