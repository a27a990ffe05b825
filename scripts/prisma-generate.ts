import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { postgresSchemaFrom } from "@/lib/db/schema-variants";

// Derives the PostgreSQL schema and generates both Prisma clients. Runs after every install.
// PRISMA_SCHEMA_ENGINE_BINARY=/bin/false: generate needs no schema engine, and without the variable
// Prisma 7 tries to download one, which fails offline (see README, "Prisma offline").
const root = process.cwd();
const sqliteSchema = fs.readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
fs.mkdirSync(path.join(root, "prisma/postgres"), { recursive: true });
fs.writeFileSync(path.join(root, "prisma/postgres/schema.prisma"), postgresSchemaFrom(sqliteSchema));

const prismaBin = path.join(root, "node_modules/prisma/build/index.js");
for (const schema of ["prisma/schema.prisma", "prisma/postgres/schema.prisma"]) {
  execFileSync(process.execPath, [prismaBin, "generate", "--schema", schema], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "/bin/false", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}
console.log("prisma: generated lib/generated/sqlite and lib/generated/postgres");
