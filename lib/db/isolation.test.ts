import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";

// Requests share one Prisma client. A write made by one request while another request's
// transaction is open must not become part of that transaction: a rollback there must not undo it,
// and the transaction's uncommitted rows must not be visible to it.

const email = (tag: string) => `isolation-${tag}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("transaction isolation between concurrent requests", () => {
  it("a write made while another request's transaction is open survives that transaction's rollback", async () => {
    const insideEmail = email("inside");
    const outsideEmail = email("outside");
    let seenFromOutside: number | null = null;
    const transaction = db
      .$transaction(async (tx) => {
        await tx.user.create({ data: { email: insideEmail, name: "Inside", role: "student" } });
        await pause(100);
        throw new Error("roll back");
      })
      .catch((error: Error) => error.message);
    await pause(30);
    // Another request, meanwhile: a read and a write of its own.
    seenFromOutside = await db.user.count({ where: { email: insideEmail } });
    await db.user.create({ data: { email: outsideEmail, name: "Outside", role: "student" } });
    expect(await transaction).toBe("roll back");
    expect(seenFromOutside).toBe(0);
    expect(await db.user.count({ where: { email: insideEmail } })).toBe(0);
    expect(await db.user.count({ where: { email: outsideEmail } })).toBe(1);
  });
});
