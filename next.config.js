// @ts-check
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS config, read by Next as it is */
const path = require("node:path");
const { addCompileHints } = require("./scripts/compile-hints");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Separate build folders let several builds (e.g. parallel e2e runs) share one checkout.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // Native and WebAssembly packages stay outside the bundle (Turbopack cannot bundle them); esbuild
  // bundles the service worker (app/serwist/[path]/route.ts).
  serverExternalPackages: ["@node-rs/argon2", "better-sqlite3", "pg", "pino", "prom-client", "@open-spaced-repetition/binding-linux-x64-gnu", "esbuild"],
  experimental: {
    // forbidden() renders app/forbidden.tsx with a 403 for the wrong role.
    authInterrupts: true,
  },
  typedRoutes: false,
  compiler: {
    // Client chunks are compiled off the main thread as they download (scripts/compile-hints.js);
    // this runs in every production build, before its pages are prerendered.
    runAfterProductionCompile: async ({ projectDir, distDir }) => {
      addCompileHints(path.join(path.resolve(projectDir, distDir), "static", "chunks"));
    },
  },
};

module.exports = nextConfig;
