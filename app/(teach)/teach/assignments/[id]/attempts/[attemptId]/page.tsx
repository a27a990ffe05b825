import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { LocalTime } from "@/components/classes/local-time";
import { ReviewedAnswer } from "@/components/teach/reviewed-answer";
import { formatPoints } from "@/lib/domain/classes/grading";
import { formatPercent } from "@/lib/domain/format";
import { rowIdSchema } from "@/lib/schemas/classes";
import { requireRole } from "@/lib/server/auth";
import { buildAttemptReview } from "@/lib/server/assignments/attempt-review";

export const metadata: Metadata = { title: "Review attempt" };

const statusText = { "in-progress": "In progress", finished: "Handed in", "timed-out": "Time ran out" } as const;

// One student's attempt at one of the instructor's assignments, answer by answer: what they gave,
// the key, the verdict and the points (Moodle's "review attempt"). Another instructor's attempt, or
// one not at this assignment, is a 404; a student gets the 403 page.
export default async function TeachAttemptReviewPage({ params }: { params: Promise<{ id: string; attemptId: string }> }) {
  const user = await requireRole("instructor");
  const raw = await params;
  const assignmentId = rowIdSchema.safeParse(raw.id);
  const attemptId = rowIdSchema.safeParse(raw.attemptId);
  if (!assignmentId.success || !attemptId.success) notFound();
  const review = await buildAttemptReview(user.id, assignmentId.data, attemptId.data, new Date());
  if (!review) notFound();
  const { assignment, student } = review;
  return (
    <div className="flex flex-col gap-6">
      <p className="flex flex-wrap gap-x-4">
        <Link href={`/teach/assignments/${assignment.id}`} className="tap text-brand-700 underline dark:text-brand-100">
          {assignment.title}
        </Link>
        <Link href={`/teach/classes/${assignment.class.id}/students/${student.id}`} className="tap text-brand-700 underline dark:text-brand-100">
          {student.name} in {assignment.class.name}
        </Link>
      </p>
      <h1 className="text-3xl font-bold break-words">
        {student.name}: {assignment.title}
      </h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">Started</dt>
        <dd>
          <LocalTime iso={review.startedAt.toISOString()} fallbackZone={assignment.timeZone} />
        </dd>
        <dt className="font-medium">Status</dt>
        <dd>
          {statusText[review.status]}
          {review.late ? " · late" : null}
        </dd>
        <dt className="font-medium">Score</dt>
        <dd data-testid="attempt-score">
          {formatPoints(review.points, review.maxPoints)} points
          {review.maxPoints > 0 ? ` (${formatPercent((review.points / review.maxPoints) * 100)})` : null}
        </dd>
      </dl>
      <ol className="flex flex-col gap-4" aria-label="Answers">
        {review.items.map((item) => (
          <ReviewedAnswer key={item.position} item={item} />
        ))}
      </ol>
    </div>
  );
}
