-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
-- ReviewSettings gains two columns in place (no rebuild, so columns other migrations add survive).
ALTER TABLE "ReviewSettings" ADD COLUMN "maximumInterval" INTEGER NOT NULL DEFAULT 36500;
ALTER TABLE "ReviewSettings" ADD COLUMN "ignoreReviewsBefore" DATETIME;
-- ReviewLog is rebuilt to drop the foreign key to Card (a deleted card keeps its history); every
-- existing column is copied.
CREATE TABLE "new_ReviewLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reviewId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "stateBefore" TEXT NOT NULL,
    "stateAfter" TEXT NOT NULL,
    "stabilityBefore" REAL NOT NULL,
    "stabilityAfter" REAL NOT NULL,
    "difficultyBefore" REAL NOT NULL,
    "difficultyAfter" REAL NOT NULL,
    "elapsedDays" REAL NOT NULL,
    "scheduledDays" INTEGER NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "reviewedAt" DATETIME NOT NULL,
    "cardBefore" TEXT NOT NULL,
    "versionAfter" INTEGER NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'review',
    "dueAfter" DATETIME,
    "learningStepsAfter" INTEGER,
    "repsAfter" INTEGER,
    "lapsesAfter" INTEGER,
    "lastReviewAfter" DATETIME,
    "suspendedAfter" BOOLEAN,
    "leechAfter" BOOLEAN,
    "buriedUntilAfter" DATETIME,
    "settings" TEXT,
    "action" TEXT,
    CONSTRAINT "ReviewLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ReviewLog" ("cardBefore", "cardId", "difficultyAfter", "difficultyBefore", "durationMs", "elapsedDays", "id", "kind", "rating", "reviewId", "reviewedAt", "scheduledDays", "stabilityAfter", "stabilityBefore", "stateAfter", "stateBefore", "userId", "versionAfter") SELECT "cardBefore", "cardId", "difficultyAfter", "difficultyBefore", "durationMs", "elapsedDays", "id", "kind", "rating", "reviewId", "reviewedAt", "scheduledDays", "stabilityAfter", "stabilityBefore", "stateAfter", "stateBefore", "userId", "versionAfter" FROM "ReviewLog";
DROP TABLE "ReviewLog";
ALTER TABLE "new_ReviewLog" RENAME TO "ReviewLog";
CREATE INDEX "ReviewLog_userId_reviewedAt_idx" ON "ReviewLog"("userId", "reviewedAt");
CREATE INDEX "ReviewLog_cardId_reviewedAt_idx" ON "ReviewLog"("cardId", "reviewedAt");
CREATE UNIQUE INDEX "ReviewLog_userId_reviewId_key" ON "ReviewLog"("userId", "reviewId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
