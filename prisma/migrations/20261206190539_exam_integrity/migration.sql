-- AlterTable
ALTER TABLE "Enrollment" ADD COLUMN "removedAt" DATETIME;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_QuestionResult" (
    "userId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "sectionId" TEXT,
    "correct" BOOLEAN NOT NULL,
    "score" REAL NOT NULL,
    "answeredAt" DATETIME NOT NULL,
    "attemptId" TEXT,

    PRIMARY KEY ("userId", "questionId"),
    CONSTRAINT "QuestionResult_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuestionResult_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "QuizAttempt" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_QuestionResult" ("answeredAt", "correct", "questionId", "score", "sectionId", "userId") SELECT "answeredAt", "correct", "questionId", "score", "sectionId", "userId" FROM "QuestionResult";
DROP TABLE "QuestionResult";
ALTER TABLE "new_QuestionResult" RENAME TO "QuestionResult";
CREATE INDEX "QuestionResult_userId_sectionId_idx" ON "QuestionResult"("userId", "sectionId");
CREATE INDEX "QuestionResult_attemptId_idx" ON "QuestionResult"("attemptId");
CREATE TABLE "new_Assignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classId" TEXT NOT NULL,
    "setId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "opensAt" DATETIME NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "timeZone" TEXT NOT NULL,
    "timeLimitSeconds" INTEGER,
    "attemptsAllowed" INTEGER,
    "gradingMethod" TEXT NOT NULL,
    "shuffleQuestions" BOOLEAN NOT NULL DEFAULT true,
    "shuffleOptions" BOOLEAN NOT NULL DEFAULT true,
    "feedback" TEXT NOT NULL,
    "lateWork" TEXT NOT NULL,
    "cutoffAt" DATETIME,
    "holdOutOfSelfStudy" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Assignment_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Assignment_setId_fkey" FOREIGN KEY ("setId") REFERENCES "QuestionSet" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Assignment" ("attemptsAllowed", "classId", "createdAt", "dueAt", "feedback", "gradingMethod", "id", "lateWork", "opensAt", "setId", "shuffleOptions", "shuffleQuestions", "timeLimitSeconds", "timeZone", "title") SELECT "attemptsAllowed", "classId", "createdAt", "dueAt", "feedback", "gradingMethod", "id", "lateWork", "opensAt", "setId", "shuffleOptions", "shuffleQuestions", "timeLimitSeconds", "timeZone", "title" FROM "Assignment";
DROP TABLE "Assignment";
ALTER TABLE "new_Assignment" RENAME TO "Assignment";
CREATE INDEX "Assignment_classId_dueAt_idx" ON "Assignment"("classId", "dueAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
