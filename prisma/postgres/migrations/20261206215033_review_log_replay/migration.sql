-- DropForeignKey
ALTER TABLE "ReviewLog" DROP CONSTRAINT "ReviewLog_cardId_fkey";

-- AlterTable
ALTER TABLE "ReviewSettings" ADD COLUMN     "ignoreReviewsBefore" TIMESTAMP(3),
ADD COLUMN     "maximumInterval" INTEGER NOT NULL DEFAULT 36500;

-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN     "action" TEXT,
ADD COLUMN     "buriedUntilAfter" TIMESTAMP(3),
ADD COLUMN     "dueAfter" TIMESTAMP(3),
ADD COLUMN     "lapsesAfter" INTEGER,
ADD COLUMN     "lastReviewAfter" TIMESTAMP(3),
ADD COLUMN     "learningStepsAfter" INTEGER,
ADD COLUMN     "leechAfter" BOOLEAN,
ADD COLUMN     "repsAfter" INTEGER,
ADD COLUMN     "settings" TEXT,
ADD COLUMN     "suspendedAfter" BOOLEAN;
