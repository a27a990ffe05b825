-- CreateTable
CREATE TABLE "StudyTarget" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "assignmentId" TEXT,
    "sections" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "targetRecall" REAL NOT NULL DEFAULT 0.9,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StudyTarget_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable (ADD COLUMN rather than a table redefinition, so migrations of other columns of these
-- tables stay independent of this one)
ALTER TABLE "ReviewSettings" ADD COLUMN "targetCardsPerDay" INTEGER NOT NULL DEFAULT 20;
ALTER TABLE "Assignment" ADD COLUMN "targetRecall" REAL NOT NULL DEFAULT 0.9;

-- CreateIndex
CREATE INDEX "StudyTarget_userId_date_idx" ON "StudyTarget"("userId", "date");
