import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/server/db";
import { enroll, makeAssignment, makeClass, makeUser, parseCsv } from "@/tests/support/classes";
import { signInAs } from "@/tests/auth-mock";
import { GET as gradebook } from "./[id]/gradebook/route";
import { GET as csv } from "./[id]/gradebook.csv/route";

vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: (await import("@/tests/auth-mock")).getServerSession }));

// The gradebook (JSON and CSV) from attempt rows as the quiz engine leaves them.

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const get = () => new Request("http://localhost/");
const DAY = 86_400_000;

beforeEach(() => signInAs(null));

async function attempt(userId: string, assignmentId: string, fields: { score: number | null; finishedAt: Date | null; late?: boolean; deadlineAt?: Date | null; itemScores?: number[] }) {
  const { itemScores = [], ...rest } = fields;
  return db.quizAttempt.create({
    data: {
      userId,
      assignmentId,
      mode: "exam",
      sectionIds: "[]",
      seed: "s",
      maxScore: 4,
      startedAt: new Date(Date.now() - 3 * DAY),
      ...rest,
      items: { create: itemScores.map((score, position) => ({ position, questionId: `q${position}`, layout: "{}", score, answerId: `a${position}` })) },
    },
  });
}

async function classWithGrades() {
  const teacher = await makeUser("instructor");
  const ann = await db.user.create({ data: { email: `ann-${Date.now()}@example.com`, name: "Ann", role: "student" } });
  // A student who named herself like a spreadsheet formula.
  const eve = await db.user.create({ data: { email: `eve-${Date.now()}@example.com`, name: "=HYPERLINK(\"http://x\")", role: "student" } });
  const klass = await makeClass(teacher.id, null, "Civics, period 2");
  await enroll(klass.id, ann.id);
  await enroll(klass.id, eve.id);
  const set = await db.questionSet.create({ data: { ownerId: teacher.id, title: "S" } });
  const dueAt = new Date(Date.now() - DAY);
  const hw = await makeAssignment(klass.id, set.id, { dueAt, gradingMethod: "highest" });
  const quiz = await makeAssignment(klass.id, set.id, { dueAt: new Date(Date.now() + DAY), gradingMethod: "average" });
  await db.assignment.update({ where: { id: quiz.id }, data: { title: "Quiz 1" } });
  // Ann: 3/4 on time, then 4/4 late → highest = 100%, late.
  await attempt(ann.id, hw.id, { score: 3, finishedAt: new Date(dueAt.getTime() - DAY) });
  await attempt(ann.id, hw.id, { score: 4, finishedAt: new Date(dueAt.getTime() + 1000), late: true });
  // Ann on the quiz: 2/4 and 4/4 → average 75%. Eve: an attempt whose deadline passed unclosed: 1/4.
  await attempt(ann.id, quiz.id, { score: 2, finishedAt: new Date(Date.now() - DAY) });
  await attempt(ann.id, quiz.id, { score: 4, finishedAt: new Date(Date.now() - DAY / 2) });
  await attempt(eve.id, quiz.id, { score: null, finishedAt: null, deadlineAt: new Date(Date.now() - 1000), itemScores: [1, 0, 0, 0] });
  // Eve has an attempt in progress on the homework: not graded yet.
  await attempt(eve.id, hw.id, { score: null, finishedAt: null, deadlineAt: null });
  return { teacher, ann, eve, klass, hw, quiz };
}

describe("gradebook", () => {
  it("grades each student by each assignment's method, with late marks", async () => {
    const { teacher, ann, eve, klass } = await classWithGrades();
    signInAs(teacher);
    const res = await gradebook(get(), ctx(klass.id));
    expect(res.status).toBe(200);
    const { gradebook: book } = (await res.json()) as { gradebook: { assignments: { title: string }[]; rows: { student: { id: string }; cells: { grade: { percent: number; late: boolean } | null; attempts: number }[] }[] } };
    expect(book.assignments.map((a) => a.title)).toEqual(["Homework", "Quiz 1"]);
    const row = (id: string) => book.rows.find((r) => r.student.id === id)!.cells;
    expect(row(ann.id).map((c) => [c.grade?.percent, c.grade?.late])).toEqual([
      [100, true],
      [75, false],
    ]);
    expect(row(eve.id)[0]).toEqual({ grade: null, attempts: 1, extension: null });
    expect(row(eve.id)[1]!.grade?.percent).toBe(25);
  });

  it("exports CSV with a header, one row per student, and formulas neutralised", async () => {
    const { teacher, klass } = await classWithGrades();
    signInAs(teacher);
    const res = await csv(get(), ctx(klass.id));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="gradebook-civics-period-2.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    // The BOM makes spreadsheet programs read the file as UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const records = parseCsv(text);
    expect(records).toHaveLength(3);
    expect(records[0]).toEqual(["Student", "Email", "Homework (%)", "Homework late", "Quiz 1 (%)", "Quiz 1 late", "Status"]);
    expect(records.find((r) => r[0] === "Ann")!.slice(2)).toEqual(["100", "late", "75", "", "member"]);
    const eve = records.find((r) => r[0]!.includes("HYPERLINK"))!;
    expect(eve[0]!.startsWith("'=")).toBe(true);
    expect(eve.slice(2)).toEqual(["", "", "25", "", "member"]);
  });

  it("is the class's instructor's only: another instructor 404, a student 403, signed out 401", async () => {
    const { ann, klass } = await classWithGrades();
    expect((await csv(get(), ctx(klass.id))).status).toBe(401);
    signInAs(ann);
    expect((await csv(get(), ctx(klass.id))).status).toBe(403);
    expect((await gradebook(get(), ctx(klass.id))).status).toBe(403);
    signInAs(await makeUser("instructor"));
    expect((await csv(get(), ctx(klass.id))).status).toBe(404);
    expect((await gradebook(get(), ctx(klass.id))).status).toBe(404);
  });
});
