import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { discardPracticeAttempt } from "./service";

// Discarding: only the owner's unfinished self-study practice quiz goes, and a second discard finds
// nothing (so a double click or a retried request is harmless).

let n = 0;
const user = () => db.user.create({ data: { email: `discard-${++n}@example.com`, name: "D", role: "student", passwordHash: null } });
const attempt = (userId: string, data: { mode?: string; finishedAt?: Date } = {}) =>
  db.quizAttempt.create({ data: { userId, mode: data.mode ?? "practice", sectionIds: "[]", seed: "x", maxScore: 0, finishedAt: data.finishedAt ?? null } });

describe("discardPracticeAttempt", () => {
  it("deletes the owner's open practice quiz once", async () => {
    const u = await user();
    const a = await attempt(u.id);
    expect(await discardPracticeAttempt(u.id, a.id)).toBe(true);
    expect(await db.quizAttempt.findUnique({ where: { id: a.id } })).toBeNull();
    expect(await discardPracticeAttempt(u.id, a.id)).toBe(false);
  });

  it("leaves finished quizzes, exams and other learners' quizzes alone", async () => {
    const [u, other] = [await user(), await user()];
    const finished = await attempt(u.id, { finishedAt: new Date("2026-01-01T00:00:00Z") });
    const exam = await attempt(u.id, { mode: "exam" });
    const theirs = await attempt(other.id);
    for (const a of [finished, exam]) expect(await discardPracticeAttempt(u.id, a.id)).toBe(false);
    expect(await discardPracticeAttempt(u.id, theirs.id)).toBe(false);
    expect(await db.quizAttempt.count({ where: { id: { in: [finished.id, exam.id, theirs.id] } } })).toBe(3);
  });
});
