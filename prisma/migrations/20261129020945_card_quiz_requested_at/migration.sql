-- AlterTable
ALTER TABLE "Card" ADD COLUMN "quizRequestedAt" DATETIME;

-- Cards a quiz mistake asked for were marked by a due date before their introduction: carry the
-- marker over to the new column.
UPDATE "Card" SET "quizRequestedAt" = "due" WHERE "state" = 'new' AND "due" < "introducedAt";
