-- AlterTable
ALTER TABLE "QuestionSet" ADD COLUMN     "requestKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "QuestionSet_ownerId_requestKey_key" ON "QuestionSet"("ownerId", "requestKey");
