-- ReviewSettings gains three columns in place (no table rebuild, so columns other migrations add survive).
ALTER TABLE "ReviewSettings" ADD COLUMN "newReviewOrder" TEXT NOT NULL DEFAULT 'mixed';
ALTER TABLE "ReviewSettings" ADD COLUMN "reviewSortOrder" TEXT NOT NULL DEFAULT 'due';
ALTER TABLE "ReviewSettings" ADD COLUMN "newCardOrder" TEXT NOT NULL DEFAULT 'article';
