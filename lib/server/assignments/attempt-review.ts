import "server-only";
import { handedIn } from "@/lib/domain/classes/grading";
import { reviewVerdict, type ReviewVerdict } from "@/lib/domain/classes/attempt-review";
import { revealAnswer } from "@/lib/domain/quiz/draw";
import { getAttemptForInstructor } from "@/lib/server/data/gradebook";
import { getQuestionsByIds } from "@/lib/server/data/quiz-questions";
import { describeGiven } from "@/lib/server/quiz/views";

// An instructor's review of one student's attempt: each question with the student's answer, the
// key, the verdict and the points. Instructors see keys whatever the assignment's feedback rule
// (that rule is about what students see), and only for their own class's attempts.

export type ReviewedItem = {
  position: number;
  prompt: string;
  given: string[];
  right: string[];
  verdict: ReviewVerdict;
  points: number | null;
  maxPoints: number;
};
export type AttemptReview = {
  id: string;
  assignment: { id: string; title: string; timeZone: string; class: { id: string; name: string } };
  student: { id: string; name: string; email: string };
  startedAt: Date;
  finishedAt: Date | null;
  status: "in-progress" | "finished" | "timed-out";
  late: boolean;
  points: number;
  maxPoints: number;
  items: ReviewedItem[];
};

// The review of the attempt; null when it is not at this assignment or not the instructor's class.
export async function buildAttemptReview(instructorId: string, assignmentId: string, attemptId: string, now: Date): Promise<AttemptReview | null> {
  const row = await getAttemptForInstructor(instructorId, assignmentId, attemptId);
  if (!row) return null;
  const questions = await getQuestionsByIds(row.items.map((i) => i.questionId));
  const itemSum = row.items.reduce((s, i) => s + (i.score ?? 0), 0);
  const graded = handedIn(row, itemSum, now);
  // One point per question (the quiz engine's rule, see QuizAttempt.maxScore).
  const maxPerItem = row.items.length > 0 ? row.maxScore / row.items.length : 1;
  return {
    id: row.id,
    assignment: { id: assignmentId, title: row.assignment!.title, timeZone: row.assignment!.timeZone, class: row.assignment!.class },
    student: { id: row.userId, ...row.user },
    startedAt: row.startedAt,
    finishedAt: graded?.finishedAt ?? null,
    status: row.finishedAt ? "finished" : graded ? "timed-out" : "in-progress",
    late: row.late,
    points: graded?.points ?? itemSum,
    maxPoints: row.maxScore,
    items: row.items.flatMap((item) => {
      const entry = questions.get(item.questionId);
      if (!entry) return [];
      const answered = item.answerId !== null;
      return [
        {
          position: item.position,
          prompt: entry.question.prompt,
          given: answered ? describeGiven(item, entry) : [],
          right: revealAnswer(entry.question).lines,
          verdict: reviewVerdict({ answered, correct: item.correct, score: item.score }),
          points: answered ? item.score : null,
          maxPoints: maxPerItem,
        },
      ];
    }),
  };
}
