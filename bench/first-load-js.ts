import zlib from "node:zlib";
import { startServer } from "./lib/server";

// First-load JavaScript of the public pages: the scripts a first visit downloads, gzip-compressed,
// measured against a production build (run `npx next build` first). Prints KB per page.
async function main() {
  const server = await startServer({ port: Number(process.env.BENCH_PORT ?? 3190), distDir: process.env.NEXT_DIST_DIR });
  try {
    for (const page of ["/", "/sign-in", "/sign-up"]) {
      const html = await (await fetch(server.baseUrl + page)).text();
      const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!))];
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
