-- AlterTable
ALTER TABLE "QuestionResult" ADD COLUMN     "reviewFedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ReviewSettings" ADD COLUMN     "learnAheadMinutes" INTEGER NOT NULL DEFAULT 20,
ADD COLUMN     "leechAction" TEXT NOT NULL DEFAULT 'tag',
ADD COLUMN     "leechThreshold" INTEGER NOT NULL DEFAULT 8,
ADD COLUMN     "quizCardsPerDay" INTEGER,
ADD COLUMN     "rescheduleOnChange" BOOLEAN NOT NULL DEFAULT true;
