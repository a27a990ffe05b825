import { expect } from "vitest";
import { db } from "@/lib/server/db";

// Test-only helpers for the classes, question sets and assignments tests (real database).

let counter = 0;

// A new user with the given role; returns the row the auth mock signs in.
export async function makeUser(role: "student" | "instructor", name = role) {
  counter += 1;
  return db.user.create({ data: { email: `${name}-${counter}-${Date.now()}@example.com`, name: `${name} ${counter}`, role }, select: { id: true, name: true, email: true, role: true } });
}

// A class owned by `instructorId` with the given join code (unique per call unless given).
export async function makeClass(instructorId: string, joinCode: string | null = null, name = "Class") {
  return db.class.create({ data: { name, instructorId, joinCode }, select: { id: true, joinCode: true, name: true } });
}

// A set of fixed bank questions (the first `count` live ones of `sectionId`) owned by the instructor.
export async function makeSet(ownerId: string, sectionId = "ero", count = 3) {
  const questions = await db.question.findMany({ where: { sectionId, ownerId: null, retiredAt: null }, orderBy: { position: "asc" }, take: count, select: { id: true } });
  return db.questionSet.create({
    data: { ownerId, title: "Set", items: { create: questions.map((q, position) => ({ position, kind: "question", questionId: q.id })) } },
    select: { id: true },
  });
}

type AssignmentOptions = Partial<{ opensAt: Date; dueAt: Date; lateWork: string; attemptsAllowed: number | null; feedback: string; gradingMethod: string; timeLimitSeconds: number | null; shuffleQuestions: boolean }>;

// An assignment of `setId` to `classId`, open from the epoch for a year from now unless told.
export async function makeAssignment(classId: string, setId: string, options: AssignmentOptions = {}) {
  return db.assignment.create({
    data: {
      classId,
      setId,
      title: "Homework",
      opensAt: new Date("2020-01-01T00:00:00Z"),
      dueAt: new Date(Date.now() + 365 * 86_400_000),
      timeZone: "UTC",
      gradingMethod: "highest",
      feedback: "immediately",
      lateWork: "accept",
      attemptsAllowed: 2,
      shuffleQuestions: false,
      ...options,
    },
    select: { id: true },
  });
}

// Enrolls a student directly (skipping the join code).
export async function enroll(classId: string, userId: string) {
  await db.enrollment.create({ data: { classId, userId } });
}

// Asserts that `promise` rejects with a Next.js control-flow error (redirect, notFound, forbidden)
// and returns its digest.
export async function digestOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    expect(typeof digest).toBe("string");
    return digest as string;
  }
  throw new Error("expected a Next.js interrupt (redirect, notFound or forbidden), got none");
}

export const FORBIDDEN = "NEXT_HTTP_ERROR_FALLBACK;403";
export const NOT_FOUND = "NEXT_HTTP_ERROR_FALLBACK;404";

// A FormData from plain fields.
export function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

// Reads CSV text (RFC 4180: quoted fields, doubled quotes, CRLF) into rows; drops a leading BOM.
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const input = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && input[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length) rows.push([...row, field]);
  return rows;
}

// A response body read loosely (the assertions check its shape); `any` keeps test code readable.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function readJson(res: Response): Promise<any> {
  return res.json();
}
