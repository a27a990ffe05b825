import "server-only";
import { db } from "@/lib/server/db";

// Everything Retain holds on one user, for the data export, and the deletion of all of it.

// All rows that belong to the user, without secrets (no password hash), in one JSON-ready object.
export async function getAccountExport(userId: string) {
  const [user, accounts, attempts, results, reviewSettings, cards, reviewLogs, classesTaught, enrollments, questionSets, questions] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, role: true, createdAt: true, updatedAt: true } }),
    db.account.findMany({ where: { userId }, select: { provider: true, providerAccountId: true, createdAt: true } }),
    db.quizAttempt.findMany({ where: { userId }, include: { items: true }, orderBy: { startedAt: "asc" } }),
    db.questionResult.findMany({ where: { userId } }),
    db.reviewSettings.findUnique({ where: { userId } }),
    db.card.findMany({ where: { userId }, orderBy: { position: "asc" } }),
    db.reviewLog.findMany({ where: { userId }, orderBy: { reviewedAt: "asc" } }),
    db.class.findMany({ where: { instructorId: userId }, include: { enrollments: { select: { userId: true, joinedAt: true } }, assignments: true } }),
    db.enrollment.findMany({ where: { userId }, select: { classId: true, joinedAt: true } }),
    db.questionSet.findMany({ where: { ownerId: userId }, include: { items: true } }),
    db.question.findMany({ where: { ownerId: userId } }),
  ]);
  if (!user) return null;
  return {
    exportedAt: new Date().toISOString(),
    user,
    linkedAccounts: accounts,
    quiz: { attempts, latestResults: results },
    review: { settings: reviewSettings, cards, logs: reviewLogs },
    classes: { taught: classesTaught, joined: enrollments },
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
    await tx.user.delete({ where: { id: userId } });
    return true;
  });
}
