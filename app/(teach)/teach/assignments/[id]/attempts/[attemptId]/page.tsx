import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LocalTime } from "@/components/classes/local-time";
import { ReviewedAnswer } from "@/components/teach/reviewed-answer";
import { formatPoints } from "@/lib/domain/classes/grading";
import { formatPercent } from "@/lib/domain/format";
import { requireRole } from "@/lib/server/auth";
import { buildAttemptReview } from "@/lib/server/assignments/attempt-review";
import { TextLink } from "@/components/ui/text-link";
import { rowIdParam } from "@/lib/server/page-params";
import { Term } from "@/components/ui/term";

export const metadata: Metadata = { title: "Review attempt" };

const statusText = { "in-progress": "In progress", finished: "Handed in", "timed-out": "Time ran out" } as const;

// One student's attempt at one of the instructor's assignments, answer by answer: what they gave,
// the key, the verdict and the points (Moodle's "review attempt"). Another instructor's attempt, or
// one not at this assignment, is a 404; a student gets the 403 page.
export default async function TeachAttemptReviewPage({ params }: { params: Promise<{ id: string; attemptId: string }> }) {
  const user = await requireRole("instructor");
  const [assignmentId, attemptId] = await Promise.all([rowIdParam(params), rowIdParam(params, "attemptId")]);
  const review = await buildAttemptReview(user.id, assignmentId, attemptId, new Date());
  if (!review) notFound();
  const { assignment, student } = review;
  return (
    <div className="flex flex-col gap-6">
      <p className="flex flex-wrap gap-x-4">
        <TextLink href={`/teach/assignments/${assignment.id}`}>
          {assignment.title}
        </TextLink>
        <TextLink href={`/teach/classes/${assignment.class.id}/students/${student.id}`}>
          {student.name} in {assignment.class.name}
        </TextLink>
      </p>
      <h1 className="text-3xl font-bold break-words">
        {student.name}: {assignment.title}
      </h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <Term label="Started">
          <LocalTime iso={review.startedAt.toISOString()} fallbackZone={assignment.timeZone} />
        </Term>
        <Term label="Status">
          {statusText[review.status]}
          {review.late ? " · late" : null}
        </Term>
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
