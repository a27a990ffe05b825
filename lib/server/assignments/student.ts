import "server-only";
import { dashboardStatus, decideStart, type DashboardStatus, type StartDecision } from "@/lib/domain/classes/availability";
import { gradeAttempts, handedIn, withOverride, type Grade, type GradedAttempt } from "@/lib/domain/classes/grading";
import { getAssignmentForStudent, listAssignmentsForStudent, type StudentAssignmentRow } from "@/lib/server/data/assignments";
import { attemptInProgress, forStudent } from "./start";

// What students see of their assignments: status for the dashboard, their grade, what "Start"
// would do now. Only the student's own attempts are ever read (the data layer filters by userId).

type Attempts = StudentAssignmentRow["attempts"];

// The student's handed-in attempts (finished, or past their deadline), as graded.
function handedInAttempts(attempts: Attempts, now: Date): GradedAttempt[] {
  // Scores of an attempt closed by its deadline but not yet by the quiz engine are not known here;
  // it shows as handed in with the stored score once the learner (or the quiz engine) closes it.
  return attempts.flatMap((a) => (a.finishedAt ? (handedIn(a, undefined, now) ?? []) : []));
}

export type StudentAssignmentSummary = {
  id: string;
  title: string;
  classId: string;
  className: string;
  opensAt: Date;
  dueAt: Date;
  timeZone: string;
  status: DashboardStatus;
  attemptsUsed: number;
  attemptsAllowed: number | null;
  lateWork: string;
  inProgressAttemptId: string | null;
};

function summarize(row: StudentAssignmentRow, now: Date): StudentAssignmentSummary {
  const finished = row.attempts.filter((a) => a.finishedAt !== null || (a.deadlineAt !== null && now >= a.deadlineAt)).length;
  return {
    id: row.id,
    title: row.title,
    classId: row.class.id,
    className: row.class.name,
    opensAt: row.opensAt,
    dueAt: row.dueAt,
    timeZone: row.timeZone,
    status: dashboardStatus(row, finished, now),
    attemptsUsed: row.attempts.length,
    attemptsAllowed: row.attemptsAllowed,
    lateWork: row.lateWork,
    inProgressAttemptId: attemptInProgress(row.attempts, now)?.id ?? null,
  };
}

// The student's assignments (all classes, or one), with their dashboard status.
export async function listStudentAssignments(userId: string, now: Date, classId?: string): Promise<StudentAssignmentSummary[]> {
  return (await listAssignmentsForStudent(userId, classId)).map((row) => summarize(forStudent(row), now));
}

export type StudentAssignmentDetail = StudentAssignmentSummary & {
  timeLimitSeconds: number | null;
  gradingMethod: string;
  feedback: string;
  cutoffAt: Date | null;
  attempts: { id: string; number: number; startedAt: Date; finishedAt: Date | null; late: boolean; inProgress: boolean }[];
  // Every feedback rule shows the score of a finished attempt, so the grade is always shown.
  grade: Grade | null;
  next: StartDecision;
};

// One assignment for its student: rules, their attempts, their grade and what Start does now;
// null when the student is not in the class.
export async function getStudentAssignment(userId: string, assignmentId: string, now: Date): Promise<StudentAssignmentDetail | null> {
  const found = await getAssignmentForStudent(userId, assignmentId);
  if (!found) return null;
  const row = forStudent(found);
  const running = attemptInProgress(row.attempts, now);
  return {
    ...summarize(row, now),
    timeLimitSeconds: row.timeLimitSeconds,
    gradingMethod: row.gradingMethod,
    feedback: row.feedback,
    cutoffAt: row.cutoffAt,
    attempts: row.attempts.map((a, i) => ({ id: a.id, number: i + 1, startedAt: a.startedAt, finishedAt: a.finishedAt, late: a.late, inProgress: a.id === running?.id })),
    // The instructor's own grade, when they set one, is the grade; the reason stays with the instructor.
    grade: withOverride(gradeAttempts(row.gradingMethod, handedInAttempts(row.attempts, now), row.dueAt), row.gradeOverrides[0] && { percent: row.gradeOverrides[0].percent, reason: "" }),
    next: decideStart(row, { attemptsUsed: row.attempts.length, inProgressAttemptId: running?.id ?? null }, now),
  };
}
