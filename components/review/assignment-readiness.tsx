import { formatPercent } from "@/lib/domain/format";
import { Button } from "@/components/ui/button";
import type { Pacing } from "@/lib/domain/review/target-pacing";
import type { Readiness } from "@/lib/domain/review/targets";
import { Panel } from "@/components/ui/panel";

// A share (0..1) as the percentage the gradebook shows.
const percent = (share: number) => formatPercent(share * 100);

// A student's readiness for an assignment's due date (study for a date): predicted recall of its
// material on the date and today, the pacing of the cards not yet studied, and "Review ahead" (until
// the due date: after it the cards are back on the ordinary schedule, and `targetId` is null).
export function AssignmentReadiness({ targetId, readiness, targetRecall, pacing }: { targetId: string | null; readiness: Readiness; targetRecall: number; pacing: Pacing | null }) {
  return (
    <Panel id="readiness-heading" title="Ready for the due date?" className="flex flex-col gap-3 rounded-xl border border-slate-200 p-4 dark:border-slate-700">
      <p className="text-lg">
        Predicted recall on the due date: <strong>{percent(readiness.onDate)}</strong>
      </p>
      <p className="text-slate-700 dark:text-slate-300">
        Today: {percent(readiness.today)} of the {readiness.total} {readiness.total === 1 ? "flashcard" : "flashcards"} this assignment draws on; the goal is {percent(targetRecall)}.
        {readiness.unseen > 0 ? ` ${readiness.unseen} not studied yet count as forgotten until you learn them.` : ""}
      </p>
      {pacing?.status === "on-track" ? (
        <p>
          Your review queue brings in {pacing.perDay} of them a day, on top of your new-card limit, to have them all learnt by the eve of the due date.
        </p>
      ) : null}
      {pacing?.status === "unreachable" ? <p className="text-amber-800 dark:text-amber-300">{pacing.message}</p> : null}
      {targetId ? (
        <form action="/review" method="get">
          <input type="hidden" name="target" value={targetId} />
          <Button type="submit">Review ahead</Button>
        </form>
      ) : null}
    </Panel>
  );
}
