-- AlterTable
ALTER TABLE "ReviewSettings" ADD COLUMN     "targetCardsPerDay" INTEGER NOT NULL DEFAULT 20;

-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "targetRecall" DOUBLE PRECISION NOT NULL DEFAULT 0.9;

-- CreateTable
CREATE TABLE "StudyTarget" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "assignmentId" TEXT,
    "sections" TEXT NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "targetRecall" DOUBLE PRECISION NOT NULL DEFAULT 0.9,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StudyTarget_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StudyTarget_userId_date_idx" ON "StudyTarget"("userId", "date");

-- AddForeignKey
ALTER TABLE "StudyTarget" ADD CONSTRAINT "StudyTarget_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
