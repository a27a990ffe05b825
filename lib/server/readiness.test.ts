import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { GET } from "@/app/api/v1/ready/route";
import { pendingMigrations } from "./readiness";

// Readiness: the test database is migrated, so it is ready; a migration it lacks makes it 503.

describe("GET /api/v1/ready", () => {
  it("is ready on a migrated database, without signing in", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ready: true });
  });

  it("answers 503 with the migrations that are missing", async () => {
    const [last] = await db.$queryRawUnsafe<{ migration_name: string }[]>('SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1');
    const name = last!.migration_name;
    await db.$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = finished_at WHERE migration_name = ${name}`;
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      expect(((await response.json()) as { reason: string }).reason).toContain(name);
    } finally {
      await db.$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = NULL WHERE migration_name = ${name}`;
    }
  });

  it("lists committed migrations the database has not finished, in order", () => {
    expect(pendingMigrations(["a", "b", "c"], ["a", "c"])).toEqual(["b"]);
    expect(pendingMigrations(["a"], ["a", "z"])).toEqual([]);
  });
});
