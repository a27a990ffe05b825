-- AlterTable
ALTER TABLE "ReviewSettings" ADD COLUMN     "easyDays" TEXT NOT NULL DEFAULT '[1,1,1,1,1,1,1]',
ADD COLUMN     "loadBalancing" BOOLEAN NOT NULL DEFAULT true;
