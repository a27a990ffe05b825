import "server-only";
import { forgetUserInAuditLog } from "@/lib/server/data/audit";
import { db } from "@/lib/server/db";
import { visibleResults } from "./quiz-results";

// Everything Retain holds on one user, for the data export, and the deletion of all of it.

// Which assignment (and class) an extension or a grade of the instructor's own is about.
const assignmentNamed = { assignment: { select: { title: true, classId: true } } } as const;

// All rows that belong to the user, without secrets (no password hash), in one JSON-ready object.
// Quiz attempts are not here: the export shows them as their learner may see them (lib/server/
// account-export.ts), and results only once the learner may see them, so the export cannot be used
// to read a key or a verdict the rules still hold back.
export async function getAccountExport(userId: string, now: Date) {
  const [user, accounts, results, reviewSettings, cards, reviewLogs, classesTaught, enrollments, questionSets, questions, studyTargets, extensions, gradeOverrides] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, role: true, createdAt: true, updatedAt: true } }),
    db.account.findMany({ where: { userId }, select: { provider: true, providerAccountId: true, createdAt: true } }),
    db.questionResult.findMany({ where: { userId, ...visibleResults(now) }, select: { questionId: true, sectionId: true, correct: true, score: true, answeredAt: true } }),
    db.reviewSettings.findUnique({ where: { userId } }),
    db.card.findMany({ where: { userId }, orderBy: { position: "asc" } }),
    db.reviewLog.findMany({ where: { userId }, orderBy: { reviewedAt: "asc" } }),
    db.class.findMany({ where: { instructorId: userId }, include: { enrollments: { select: { userId: true, joinedAt: true } }, assignments: true } }),
    db.enrollment.findMany({ where: { userId }, select: { classId: true, joinedAt: true, removedAt: true } }),
    db.questionSet.findMany({ where: { ownerId: userId }, include: { items: true } }),
    db.question.findMany({ where: { ownerId: userId } }),
    db.studyTarget.findMany({ where: { userId }, orderBy: { date: "asc" }, select: { id: true, assignmentId: true, sections: true, date: true, targetRecall: true, createdAt: true } }),
    db.assignmentExtension.findMany({ where: { userId }, orderBy: { updatedAt: "asc" }, select: { assignmentId: true, ...assignmentNamed, dueAt: true, extraAttempts: true, updatedAt: true } }),
    // The percentage only: the student sees their grade, while the reason stays with the instructor
    // (as on the student's assignment page).
    db.gradeOverride.findMany({ where: { userId }, orderBy: { updatedAt: "asc" }, select: { assignmentId: true, ...assignmentNamed, percent: true, updatedAt: true } }),
  ]);
  if (!user) return null;
  return {
    exportedAt: now.toISOString(),
    user,
    linkedAccounts: accounts,
    quiz: { latestResults: results },
    review: { settings: reviewSettings, cards, logs: reviewLogs, studyTargets },
    classes: { taught: classesTaught, joined: enrollments, extensions, gradeOverrides },
    authoring: { questionSets, questions },
  };
}

// Deletes the user and everything theirs. Classes go first: their assignments reference sets.
export async function deleteAccount(userId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) return false;
    await tx.class.deleteMany({ where: { instructorId: userId } });
    await tx.assignment.deleteMany({ where: { set: { ownerId: userId } } });
    await forgetUserInAuditLog(tx, userId);
    await tx.user.delete({ where: { id: userId } });
    return true;
  });
}
