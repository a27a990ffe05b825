import { formatPercent } from "@/lib/domain/format";
import { Button } from "@/components/ui/button";
import { deleteStudyTargetAction } from "@/lib/server/actions/study-targets";
import type { TargetView } from "@/lib/server/review/targets";
import type { TargetSimulation } from "@/lib/server/review/target-simulation";
import { TargetSimulationView } from "./target-simulation";

// A share (0..1) as the percentage the gradebook shows.
const percent = (share: number) => formatPercent(share * 100);
// A "YYYY-MM-DD" study day as "1 June 2026" (the key names a calendar date, so it is read in UTC).
const dayName = (key: string) => new Date(`${key}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

// The learner's study targets with their readiness, pacing and "Review ahead"; their own can be deleted.
// `simulations`: the simulator's figures per target id (shown under the target).
export function StudyTargets({ targets, simulations = new Map() }: { targets: readonly TargetView[]; simulations?: ReadonlyMap<string, TargetSimulation> }) {
  if (targets.length === 0) return <p>No targets yet: open assignments of your classes appear here, and you can add your own below.</p>;
  return (
    <ul className="flex flex-col gap-3">
      {targets.map((t) => (
        <li key={t.id} className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
          <p className="font-medium">
            {t.kind === "assignment" ? t.title : `My target: ${t.readiness.total} cards`} · {t.daysLeft <= 0 ? "today" : `in ${t.daysLeft} day${t.daysLeft === 1 ? "" : "s"}`} ({dayName(t.day)})
          </p>
          <p>
            Predicted recall on the date: <strong>{percent(t.readiness.onDate)}</strong> · today: {percent(t.readiness.today)} · goal: {percent(t.targetRecall)}
            {t.readiness.unseen > 0 ? ` · ${t.readiness.unseen} not studied yet` : ""}
          </p>
          {t.pacing.status === "unreachable" ? <p className="text-amber-800 dark:text-amber-300">{t.pacing.message}</p> : null}
          {t.pacing.status === "on-track" ? <p>{t.pacing.perDay} new cards a day come into your review queue for it.</p> : null}
          {simulations.get(t.id) ? <TargetSimulationView simulation={simulations.get(t.id)!} title={t.kind === "assignment" ? t.title : "my target"} /> : null}
          <div className="flex flex-wrap gap-3">
            <form action="/review" method="get">
              <input type="hidden" name="target" value={t.id} />
              <Button type="submit" variant="secondary">
                Review ahead
              </Button>
            </form>
            {t.kind === "own" ? (
              <form action={deleteStudyTargetAction}>
                <input type="hidden" name="targetId" value={t.id} />
                <Button type="submit" variant="secondary">
                  Delete target
                </Button>
              </form>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
