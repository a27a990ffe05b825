-- Email verification at sign-up. Columns are added in place (SQLite allows it for constant
-- defaults) rather than by redefining the tables, so that every existing account counts as
-- verified and reset tokens keep their purpose.
-- AlterTable
ALTER TABLE "User" ADD COLUMN "emailVerified" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "PasswordResetToken" ADD COLUMN "purpose" TEXT NOT NULL DEFAULT 'reset';
