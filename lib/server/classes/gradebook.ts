import "server-only";
import { stringify } from "csv-stringify/sync";
import { gradeAttempts, handedIn, summarizeGrades, withOverride, type GradeSummary, type ShownGrade } from "@/lib/domain/classes/grading";
import { formatPercent } from "@/lib/domain/format";
import { extendedDueAt, type Extension } from "@/lib/domain/classes/availability";
import { getGradebookData } from "@/lib/server/data/gradebook";
import { listClassExtensions, listClassGradeOverrides } from "@/lib/server/data/extensions";

// The class gradebook: students × assignments, each cell the grade by the assignment's method with
// its late mark, and its CSV export.

// `extension`: the student's own later due date or extra attempts on this assignment, if any.
// `grade` counts the instructor's override, when there is one (`grade.override`).
export type GradebookCell = { grade: ShownGrade | null; attempts: number; extension: Extension | null };
export type Gradebook = {
  classId: string;
  className: string;
  assignments: { id: string; title: string; dueAt: Date; gradingMethod: string }[];
  // Removed students stay in the gradebook (their work was graded), marked, after the members.
  rows: { student: { id: string; name: string; email: string }; removed: boolean; cells: GradebookCell[] }[];
  // Per assignment (same order), the class average and median of its members' grades.
  summaries: (GradeSummary | null)[];
};

// The gradebook of the instructor's class; null when the class is not theirs.
export async function buildGradebook(instructorId: string, classId: string, now: Date): Promise<Gradebook | null> {
  const [data, extensions, overrides] = await Promise.all([getGradebookData(instructorId, classId), listClassExtensions(instructorId, classId), listClassGradeOverrides(instructorId, classId)]);
  if (!data) return null;
  const overrideOf = new Map(overrides.map((o) => [`${o.userId}:${o.assignmentId}`, { percent: o.percent, reason: o.reason }]));
  const extensionOf = new Map(extensions.map((e) => [`${e.userId}:${e.assignmentId}`, { dueAt: e.dueAt, extraAttempts: e.extraAttempts }]));
  const { klass, attempts, itemSums } = data;
  const byCell = new Map<string, typeof attempts>();
  for (const a of attempts) {
    const key = `${a.userId}:${a.assignmentId}`;
    byCell.set(key, [...(byCell.get(key) ?? []), a]);
  }
  const rows = [...klass.enrollments]
    .sort((a, b) => Number(a.removedAt !== null) - Number(b.removedAt !== null))
    .map(({ user, removedAt }) => ({
      student: user,
      removed: removedAt !== null,
      cells: klass.assignments.map((assignment) => {
        const mine = byCell.get(`${user.id}:${assignment.id}`) ?? [];
        const graded = mine.flatMap((a) => handedIn(a, itemSums.get(a.id), now) ?? []);
        // Late is judged against the student's own due date: an extension's, when later.
        const extension = extensionOf.get(`${user.id}:${assignment.id}`) ?? null;
        const grade = gradeAttempts(assignment.gradingMethod, graded, extendedDueAt(assignment.dueAt, extension));
        return { grade: withOverride(grade, overrideOf.get(`${user.id}:${assignment.id}`)), attempts: mine.length, extension };
      }),
    }));
  // Removed students keep their grades in their rows but leave the class's figures.
  const members = rows.filter((r) => !r.removed);
  const summaries = klass.assignments.map((_, i) => summarizeGrades(members.flatMap((r) => (r.cells[i]?.grade ? [r.cells[i].grade.percent] : []))));
  return { classId: klass.id, className: klass.name, assignments: klass.assignments, rows, summaries };
}

// Spreadsheets run cells starting with these as formulas; a leading apostrophe keeps them text
// (OWASP's advice on CSV injection), since student names are typed by students.
const FORMULA_START = /^[=+\-@\t\r]/;
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

// The gradebook as CSV: one row per student; per assignment its grade (percent) and a late column.
export function gradebookCsv(book: Gradebook): string {
  const header = ["Student", "Email", ...book.assignments.flatMap((a) => [`${a.title} (%)`, `${a.title} late`]), "Status"];
  const rows = book.rows.map((row) => [
    row.student.name,
    row.student.email,
    ...row.cells.flatMap((cell) => (cell.grade ? [formatPercent(cell.grade.percent).replace("%", ""), cell.grade.late ? "late" : ""] : ["", ""])),
    row.removed ? "removed" : "member",
  ]);
  return stringify([header, ...rows].map((r) => r.map(neutralizeCell)), { bom: true, record_delimiter: "\r\n" });
}

// A file name for the download: the class name reduced to safe characters.
export function gradebookFileName(className: string): string {
  const slug = className.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "class";
  return `gradebook-${slug}.csv`;
}
