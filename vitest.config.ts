import path from "node:path";
import { defineConfig } from "vitest/config";

const resolve = {
  alias: {
    "@": path.resolve(__dirname),
    "server-only": path.resolve(__dirname, "tests/empty-module.ts"),
  },
};

// Pure code (the domain, schemas, content parsing, components' helpers) needs no database: those
// files run as the "domain" project without one. Everything else is the "server" project, where each
// file gets its own migrated database (tests/setup-db.ts); the PostgreSQL step of `npm test` runs
// only that project, since the domain does not depend on the engine.
const domain = ["lib/domain/**/*.test.ts", "lib/schemas/**/*.test.ts", "lib/content/**/*.test.ts", "components/**/*.test.ts"];

export default defineConfig({
  resolve,
  test: {
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { resolve, test: { name: "domain", include: domain, environment: "node", testTimeout: 30_000 } },
      {
        resolve,
        test: {
          name: "server",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "tests/**/*.test.ts", "app/**/*.test.ts"],
          exclude: domain,
          environment: "node",
          // Each file runs in its own process with its own database.
          pool: "forks",
          setupFiles: ["tests/setup-db.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
