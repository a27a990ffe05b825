-- AlterTable (ADD COLUMN rather than a table redefinition, so migrations of other columns of this
-- table stay independent of this one)
ALTER TABLE "ReviewSettings" ADD COLUMN "loadBalancing" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "ReviewSettings" ADD COLUMN "easyDays" TEXT NOT NULL DEFAULT '[1,1,1,1,1,1,1]';
