import { masteryPercent, type Mastery } from "@/lib/domain/mastery";

// The learner's quiz mastery of one section as a percentage: a labelled meter for assistive
// technology (name and value text) with the same figure shown as text beside it.
export function MasteryMeter({ mastery, sectionTitle }: { mastery: Mastery | null; sectionTitle: string }) {
  const percent = masteryPercent(mastery ?? undefined);
  if (percent === null || !mastery) return <span className="text-sm text-slate-600 dark:text-slate-400">No quiz questions</span>;
  const detail = `${percent}% (${mastery.mastered} of ${mastery.total} questions answered right)`;
  return (
    <span className="inline-flex items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
      <meter min={0} max={100} low={50} high={80} optimum={100} value={percent} aria-label={`Quiz mastery, ${sectionTitle}`} aria-valuetext={detail} className="h-2.5 w-20" />
      <span aria-hidden="true">{percent}% mastered</span>
    </span>
  );
}
