import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { CardsByState } from "@/components/progress/cards-by-state";
import { ForecastChart } from "@/components/progress/forecast-chart";
import { Heatmap } from "@/components/progress/heatmap";
import { MasteryTable } from "@/components/progress/mastery-table";
import { RetentionTable } from "@/components/progress/retention-table";
import { StudyTargetForm } from "@/components/progress/study-target-form";
import { StudyTargets } from "@/components/progress/study-targets";
import { requireUser } from "@/lib/server/auth";
import { listSectionsWithFlashcardCounts } from "@/lib/server/data/cards";
import { listTargetViews } from "@/lib/server/review/targets";
import { listTargetSimulations } from "@/lib/server/review/target-simulation";
import { loadProgress } from "@/lib/server/review/progress";
import { LazyDetails } from "@/components/ui/lazy-details";
import { Panel } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Progress" };

// The learner's statistics: activity, streak, what is coming, how well they remember, by section.
export default async function ProgressPage() {
  const user = await requireUser();
  const now = new Date();
  const [p, targets, simulations, sections] = await Promise.all([loadProgress(user.id, now), listTargetViews(user.id, now), listTargetSimulations(user.id, now), listSectionsWithFlashcardCounts()]);
  const days = (n: number) => `${n} day${n === 1 ? "" : "s"}`;
  return (
    <div className="flex flex-col gap-10">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">Progress</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Days are study days in {p.timeZone}; change that in{" "}
          <Link href="/settings" className="underline">
            Settings
          </Link>
          .
        </p>
      </div>
      <Panel id="streak" title="Streak">
        <p className="text-lg">
          Current streak: <strong>{days(p.streak.current)}</strong>
          {p.streak.current > 0 && !p.streak.studiedToday ? " (review today to keep it)" : ""} · Longest: <strong>{days(p.streak.longest)}</strong> · Reviews in the last year:{" "}
          <strong>{p.reviewsLastYear}</strong>
        </p>
      </Panel>
      {[
        { id: "activity", title: "Reviews per day", chart: <Heatmap days={p.heatmap} /> },
        { id: "forecast", title: "Due in the next 30 days", chart: <ForecastChart days={p.forecast} /> },
        { id: "retention", title: "True retention, last 30 days", chart: <RetentionTable retention={p.retention} desired={p.desiredRetention} /> },
        { id: "cards", title: "Cards by state", chart: <CardsByState counts={p.cards} /> },
        { id: "mastery", title: "Mastery by section", chart: <MasteryTable rows={p.mastery} /> },
      ].map(({ id, title, chart }) => (
        <Panel key={id} id={id} title={title}>
          {chart}
        </Panel>
      ))}
      <Panel id="targets" title="Study for a date">
        <p className="text-slate-700 dark:text-slate-300">
          Your review queue works toward each date: cards you have not studied are brought in evenly over the days left, and reviews are spaced so your memory holds until the date.
        </p>
        <StudyTargets targets={targets} simulations={simulations} />
        {/* The form (a checkbox per section) is drawn when first opened: folded, it was 115 of the page's 745 nodes to lay out and hydrate. */}
        <LazyDetails className="rounded-lg border border-slate-200 p-3 dark:border-slate-700" summaryClassName="cursor-pointer font-medium" summary="Add a target of your own">
          <div className="mt-3">
            <StudyTargetForm sections={sections} />
          </div>
        </LazyDetails>
      </Panel>
    </div>
  );
}
