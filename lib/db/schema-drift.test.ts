import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { postgresSchemaFrom } from "@/lib/db/schema-variants";
import { snapshotPath } from "@/lib/db/migration-files";

// A change to prisma/schema.prisma must come with its migration (npm run db:migrate -- --name X),
// which also updates the snapshot; and the PostgreSQL schema must be the one derived from it.
describe("schema and migrations", () => {
  const schema = fs.readFileSync("prisma/schema.prisma", "utf8");
  it("prisma/schema.prisma has no change without a migration", () => {
    const snapshot = fs.readFileSync(snapshotPath, "utf8");
    // Comment-only edits fail too; db:migrate then creates no migration and just updates the snapshot.
    expect(schema, "schema.prisma changed since the last migration: run npm run db:migrate -- --name <change>").toBe(snapshot);
  });
  it("prisma/postgres/schema.prisma is derived from prisma/schema.prisma", () => {
    expect(fs.readFileSync("prisma/postgres/schema.prisma", "utf8")).toBe(postgresSchemaFrom(schema));
  });
});
