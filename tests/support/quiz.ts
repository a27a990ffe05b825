import { db } from "@/lib/server/db";
import { questionSchema, type Question } from "@/lib/schemas/content";
import type { Answer } from "@/lib/schemas/answer";
import { rightAnswerFor, wrongAnswerFor } from "@/lib/domain/quiz/test-answers";
import type { LearnerItem } from "@/lib/server/quiz/views";

// Test-only helpers for the quiz service and API tests (real database, seeded content).

let counter = 0;

// A new student account.
export async function makeStudent(name = "student"): Promise<string> {
  counter += 1;
  const user = await db.user.create({ data: { email: `${name}-${counter}-${Date.now()}@example.com`, name, role: "student" } });
  return user.id;
}

// The authored question behind an item, straight from the database.
export async function authored(questionId: string): Promise<Question> {
  const row = await db.question.findUniqueOrThrow({ where: { id: questionId }, select: { data: true } });
  return questionSchema.parse(JSON.parse(row.data));
}

// The right (or a zero-scoring) answer to an item as the learner sees it.
export async function answerFor(item: LearnerItem, right: boolean): Promise<Answer> {
  const question = await authored(item.question.id);
  return right ? rightAnswerFor(question, item.question) : wrongAnswerFor(question, item.question);
}

// An assignment with the given feedback rule (late work refused, so "after the due date" means
// the due date), and the instructor, class and set it needs, with `studentId` in the class.
export async function makeAssignment(feedback: string, dueAt: Date, studentId: string): Promise<string> {
  counter += 1;
  const instructor = await db.user.create({ data: { email: `teacher-${counter}-${Date.now()}@example.com`, name: "Teacher", role: "instructor" } });
  const klass = await db.class.create({ data: { name: "Class", instructorId: instructor.id, enrollments: { create: { userId: studentId } } } });
  const set = await db.questionSet.create({ data: { ownerId: instructor.id, title: "Set" } });
  const assignment = await db.assignment.create({
    data: { classId: klass.id, setId: set.id, title: "Homework", opensAt: new Date("2020-01-01T00:00:00Z"), dueAt, timeZone: "UTC", gradingMethod: "highest", feedback, lateWork: "refuse" },
  });
  return assignment.id;
}
