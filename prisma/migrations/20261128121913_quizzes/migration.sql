-- CreateTable
CREATE TABLE "QuizAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "sectionIds" TEXT NOT NULL,
    "assignmentId" TEXT,
    "seed" TEXT NOT NULL,
    "timeLimitSeconds" INTEGER,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deadlineAt" DATETIME,
    "finishedAt" DATETIME,
    "score" REAL,
    "maxScore" REAL NOT NULL,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "requestKey" TEXT,
    CONSTRAINT "QuizAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuizAttemptItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "attemptId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "questionId" TEXT NOT NULL,
    "layout" TEXT NOT NULL,
    "answerId" TEXT,
    "answer" TEXT,
    "score" REAL,
    "correct" BOOLEAN,
    "feedback" TEXT,
    "answeredAt" DATETIME,
    CONSTRAINT "QuizAttemptItem_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "QuizAttempt" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuestionResult" (
    "userId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "sectionId" TEXT,
    "correct" BOOLEAN NOT NULL,
    "score" REAL NOT NULL,
    "answeredAt" DATETIME NOT NULL,

    PRIMARY KEY ("userId", "questionId"),
    CONSTRAINT "QuestionResult_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "QuizAttempt_userId_startedAt_idx" ON "QuizAttempt"("userId", "startedAt");

-- CreateIndex
CREATE INDEX "QuizAttempt_assignmentId_userId_idx" ON "QuizAttempt"("assignmentId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "QuizAttempt_userId_requestKey_key" ON "QuizAttempt"("userId", "requestKey");

-- CreateIndex
CREATE INDEX "QuizAttemptItem_questionId_idx" ON "QuizAttemptItem"("questionId");

-- CreateIndex
CREATE UNIQUE INDEX "QuizAttemptItem_attemptId_position_key" ON "QuizAttemptItem"("attemptId", "position");

-- CreateIndex
CREATE INDEX "QuestionResult_userId_sectionId_idx" ON "QuestionResult"("userId", "sectionId");
