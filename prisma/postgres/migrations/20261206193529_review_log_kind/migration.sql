-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'review';
