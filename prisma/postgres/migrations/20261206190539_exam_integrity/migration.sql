-- AlterTable
ALTER TABLE "QuestionResult" ADD COLUMN     "attemptId" TEXT;

-- AlterTable
ALTER TABLE "Enrollment" ADD COLUMN     "removedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "cutoffAt" TIMESTAMP(3),
ADD COLUMN     "holdOutOfSelfStudy" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "QuestionResult_attemptId_idx" ON "QuestionResult"("attemptId");

-- AddForeignKey
ALTER TABLE "QuestionResult" ADD CONSTRAINT "QuestionResult_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "QuizAttempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;
