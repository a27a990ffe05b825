import "dotenv/config";
import { defineConfig } from "prisma/config";
import { databaseTarget } from "./lib/db/target";

// Prisma's CLI config: picks the schema and migration folder of the engine DATABASE_URL names.
const target = databaseTarget(process.env.DATABASE_URL);

export default defineConfig({
  schema: target.schemaPath,
  migrations: { path: target.migrationsPath, seed: "tsx prisma/seed.ts" },
  datasource: { url: target.url },
});
