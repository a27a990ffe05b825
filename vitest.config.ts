import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      "server-only": path.resolve(__dirname, "tests/empty-module.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "tests/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.ts"],
    environment: "node",
    // Each file runs in its own process with its own database (tests/setup-db.ts).
    pool: "forks",
    setupFiles: ["tests/setup-db.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
