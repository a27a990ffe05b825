-- AlterTable
ALTER TABLE "QuestionResult" ADD COLUMN "reviewFedAt" DATETIME;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ReviewSettings" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "desiredRetention" REAL NOT NULL DEFAULT 0.9,
    "newPerDay" INTEGER NOT NULL DEFAULT 20,
    "maxReviewsPerDay" INTEGER NOT NULL DEFAULT 200,
    "learningSteps" TEXT NOT NULL DEFAULT '["1m","10m"]',
    "relearningSteps" TEXT NOT NULL DEFAULT '["10m"]',
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "dayStartsAtHour" INTEGER NOT NULL DEFAULT 4,
    "weights" TEXT,
    "deckSectionIds" TEXT,
    "quizCardsPerDay" INTEGER,
    "leechThreshold" INTEGER NOT NULL DEFAULT 8,
    "leechAction" TEXT NOT NULL DEFAULT 'tag',
    "learnAheadMinutes" INTEGER NOT NULL DEFAULT 20,
    "rescheduleOnChange" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ReviewSettings_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ReviewSettings" ("dayStartsAtHour", "deckSectionIds", "desiredRetention", "learningSteps", "maxReviewsPerDay", "newPerDay", "relearningSteps", "timeZone", "updatedAt", "userId", "weights") SELECT "dayStartsAtHour", "deckSectionIds", "desiredRetention", "learningSteps", "maxReviewsPerDay", "newPerDay", "relearningSteps", "timeZone", "updatedAt", "userId", "weights" FROM "ReviewSettings";
DROP TABLE "ReviewSettings";
ALTER TABLE "new_ReviewSettings" RENAME TO "ReviewSettings";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
