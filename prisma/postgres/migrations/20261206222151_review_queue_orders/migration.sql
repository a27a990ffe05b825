-- AlterTable
ALTER TABLE "ReviewSettings" ADD COLUMN     "newCardOrder" TEXT NOT NULL DEFAULT 'article',
ADD COLUMN     "newReviewOrder" TEXT NOT NULL DEFAULT 'mixed',
ADD COLUMN     "reviewSortOrder" TEXT NOT NULL DEFAULT 'due';
