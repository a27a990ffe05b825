import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { joinCodeThrottle } from "@/lib/domain/throttle";
import { joinClassWithCode } from "@/lib/server/classes/join";
import { makeClass, makeUser } from "@/tests/support/classes";

// The wrong-code limit holds for attempts sent at once, not only one after another.

describe("joinClassWithCode", () => {
  it("checks at most 10 codes for 40 wrong codes sent at once", async () => {
    const student = await makeUser("student");
    const now = new Date("2026-03-02T10:00:00Z");
    const outcomes = await Promise.all(Array.from({ length: 40 }, (_, i) => joinClassWithCode(student.id, `WXYZ${String(2000 + i)}`, now)));
    expect(outcomes.filter((o) => o.status === "unknown-code").length).toBeLessThanOrEqual(joinCodeThrottle.limit);
    expect(outcomes.filter((o) => o.status === "throttled").length).toBeGreaterThanOrEqual(40 - joinCodeThrottle.limit);
    expect(await db.signInFailure.count({ where: { key: `join:${student.id}` } })).toBeLessThanOrEqual(joinCodeThrottle.limit);
  });

  it("a right code is not counted as a failure", async () => {
    const [student, instructor] = [await makeUser("student"), await makeUser("instructor")];
    const klass = await makeClass(instructor.id, "JKMN2345");
    expect(await joinClassWithCode(student.id, "JKMN2345")).toMatchObject({ status: "joined", class: { id: klass.id } });
    expect(await db.signInFailure.count({ where: { key: `join:${student.id}` } })).toBe(0);
  });
});
