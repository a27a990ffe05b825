// When an assignment may be started, and how it shows on a student's dashboard. Pure: the server
// passes its clock (`now`) and what it read from the database.
//
// Rules (all instants UTC; an instant equal to a boundary is on the later side of it):
// - before `opensAt`: nothing can be started ("not-open");
// - from `opensAt` until `dueAt`: an attempt starts on time; when late work is refused it is cut
//   off at `dueAt` (the quiz engine's deadline is the earlier of that and the time limit);
// - from `dueAt` on: late work "accept" starts a late attempt that closes at the cut-off
//   (`cutoffAt`), "refuse" starts nothing ("closed"); from the cut-off on nothing starts. An
//   assignment made before cut-offs existed (late work accepted, `cutoffAt` null) has no end;
// - every attempt closes at the last instant anyone may submit (`lastSubmissionAt`): the due date
//   when late work is refused, the cut-off when it is accepted;
// - attempts allowed (null = unlimited) counts every attempt begun, finished or not, so abandoning
//   one is not a way to get another;
// - an attempt still in progress is resumed instead of starting another, whatever the clock says
//   (the quiz engine closes it when its own deadline has passed).

export type LateWork = "accept" | "refuse";

export type AssignmentRules = {
  opensAt: Date;
  dueAt: Date;
  lateWork: LateWork | string;
  cutoffAt?: Date | null;
  attemptsAllowed: number | null;
};

// The last instant at which anyone may still submit: the due date when late work is refused, the
// cut-off when it is accepted; null when late work is accepted with no cut-off (no end). Feedback
// "after the due date" and questions held out of self-study are released at this instant, never
// while a classmate can still hand in.
export function lastSubmissionAt(rules: Pick<AssignmentRules, "dueAt" | "lateWork" | "cutoffAt">): Date | null {
  if (rules.lateWork !== "accept") return new Date(rules.dueAt);
  return rules.cutoffAt ? new Date(rules.cutoffAt) : null;
}

export type StudentProgress = { attemptsUsed: number; inProgressAttemptId: string | null };

export type StartRefusal = "not-open" | "closed" | "attempts-exhausted";

export type StartDecision =
  | { kind: "resume"; attemptId: string }
  | { kind: "start"; late: boolean; closesAt: Date | null; attemptNumber: number }
  | { kind: "refused"; reason: StartRefusal };

// Whether the student may start (or resume) an attempt at `now`, and on what terms. An unknown
// late-work setting fails closed (treated as "refuse").
export function decideStart(rules: AssignmentRules, progress: StudentProgress, now: Date): StartDecision {
  if (progress.inProgressAttemptId) return { kind: "resume", attemptId: progress.inProgressAttemptId };
  const t = now.getTime();
  if (t < rules.opensAt.getTime()) return { kind: "refused", reason: "not-open" };
  if (rules.attemptsAllowed !== null && progress.attemptsUsed >= rules.attemptsAllowed) return { kind: "refused", reason: "attempts-exhausted" };
  const closesAt = lastSubmissionAt(rules);
  if (closesAt && t >= closesAt.getTime()) return { kind: "refused", reason: "closed" };
  const attemptNumber = progress.attemptsUsed + 1;
  return { kind: "start", late: t >= rules.dueAt.getTime(), closesAt, attemptNumber };
}

// The words shown to a student whose start was refused.
export function refusalMessage(reason: StartRefusal): string {
  switch (reason) {
    case "not-open":
      return "This assignment is not open yet.";
    case "closed":
      return "This assignment is closed: it was due, and no more work is accepted.";
    case "attempts-exhausted":
      return "You have used all your attempts for this assignment.";
  }
}

// A submission is late when the attempt began after the due date, or was handed in after it (an
// untimed attempt begun on time can run past the due date when late work is accepted).
export function isLateSubmission(attempt: { late: boolean; finishedAt: Date | null }, dueAt: Date): boolean {
  return attempt.late || (attempt.finishedAt !== null && attempt.finishedAt.getTime() > dueAt.getTime());
}

export type DashboardStatus = "upcoming" | "open" | "overdue" | "done";

// Where an assignment goes on the student's dashboard: "done" once they have handed in an
// attempt; otherwise by the clock. Overdue covers both late-accepted and closed assignments, which
// the assignment page tells apart.
export function dashboardStatus(rules: Pick<AssignmentRules, "opensAt" | "dueAt">, finishedAttempts: number, now: Date): DashboardStatus {
  if (finishedAttempts > 0) return "done";
  const t = now.getTime();
  if (t < rules.opensAt.getTime()) return "upcoming";
  if (t < rules.dueAt.getTime()) return "open";
  return "overdue";
}

export const dashboardGroups: readonly { status: DashboardStatus; title: string }[] = [
  { status: "open", title: "Open" },
  { status: "overdue", title: "Overdue" },
  { status: "upcoming", title: "Upcoming" },
  { status: "done", title: "Done" },
];

// Groups assignments by dashboard status, each group in due-date order (soonest first).
export function groupByStatus<T extends { status: DashboardStatus; dueAt: Date }>(items: readonly T[]): Record<DashboardStatus, T[]> {
  const groups: Record<DashboardStatus, T[]> = { upcoming: [], open: [], overdue: [], done: [] };
  for (const item of [...items].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())) groups[item.status].push(item);
  return groups;
}

// One student's extension: a later due date and/or extra attempts (lib/server/data/extensions.ts).
export type Extension = { dueAt: Date | null; extraAttempts: number };

// The rules for one student with their extension: a later due date replaces the assignment's (an
// earlier one is ignored: an extension never takes time away), the late-work cut-off is never
// before it, and extra attempts add to a limit (unlimited stays unlimited). Everything else, the
// opening date included, is the assignment's.
export function applyExtension<R extends AssignmentRules>(rules: R, extension: Extension | null | undefined): R {
  if (!extension) return rules;
  const due = extendedDueAt(rules.dueAt, extension);
  const later = due === rules.dueAt ? null : due;
  const cutoffAt = later && rules.cutoffAt && rules.cutoffAt.getTime() < later.getTime() ? later : rules.cutoffAt;
  return {
    ...rules,
    dueAt: later ?? rules.dueAt,
    cutoffAt,
    attemptsAllowed: rules.attemptsAllowed === null ? null : rules.attemptsAllowed + Math.max(0, extension.extraAttempts),
  };
}

// The student's due date: the extension's when it is later than the class's, else the class's.
export function extendedDueAt(dueAt: Date, extension: Extension | null | undefined): Date {
  return extension?.dueAt && extension.dueAt.getTime() > dueAt.getTime() ? extension.dueAt : dueAt;
}

// Why an extension cannot be granted, or null. Feedback "after the due date" and questions held
// out of self-study are released to the whole class at the assignment's last submission time; an
// extension past it would let one student submit after the answers were out, so it is refused then.
export function extensionProblem(rules: AssignmentRules & { feedback: string; holdOutOfSelfStudy: boolean }, extension: Extension): string | null {
  if (extension.dueAt && extension.dueAt.getTime() <= rules.dueAt.getTime()) return "The new due date must be after the assignment's.";
  const release = lastSubmissionAt(rules);
  const extendedEnd = extension.dueAt ? lastSubmissionAt(applyExtension(rules, extension)) : release;
  const waits = rules.feedback === "after_due" || rules.holdOutOfSelfStudy;
  if (waits && release && (!extendedEnd || extendedEnd.getTime() > release.getTime())) {
    return "Feedback or held-out questions are released to the class when no one can submit any more: the new due date cannot be after that. Change the assignment's late-work cut-off first.";
  }
  return null;
}
