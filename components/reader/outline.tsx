import { Link } from "@/components/ui/link";
import type { OutlineEntry, SectionSummary } from "@/lib/server/data/sections";
import { MasteryMeter } from "./mastery-meter";
import { SectionStats } from "./section-stats";

function OutlineRow({ section, number, top }: { section: SectionSummary; number: string; top: boolean }) {
  return (
    <div className="flex flex-col gap-1 sm:flex-row sm:items-center sm:justify-between sm:gap-4">
      <Link href={`/sections/${section.id}`} className={`tap text-brand-700 underline-offset-4 hover:underline dark:text-brand-100 ${top ? "text-lg font-semibold" : "font-medium"}`}>
        <span className="mr-2 text-slate-600 dark:text-slate-400">{number}</span>
        {section.title}
      </Link>
      <span className="flex flex-wrap items-center gap-x-4 gap-y-1 sm:justify-end">
        <SectionStats counts={section.counts} />
        <MasteryMeter mastery={section.mastery} sectionTitle={section.title} />
      </span>
    </div>
  );
}

// The article's outline: numbered top-level sections, each with its sub-sections, what there is to
// practise in each and the learner's quiz mastery.
export function Outline({ entries }: { entries: OutlineEntry[] }) {
  return (
    <nav aria-label="Article outline">
      <ol className="flex flex-col divide-y divide-slate-200 dark:divide-slate-800">
        {entries.map((entry, i) => (
          <li key={entry.id} className="flex flex-col gap-2 py-4">
            <OutlineRow section={entry} number={`${i + 1}.`} top />
            {entry.children.length > 0 ? (
              <ol className="flex flex-col gap-2 border-l-2 border-slate-200 pl-4 sm:ml-6 dark:border-slate-700">
                {entry.children.map((child, j) => (
                  <li key={child.id}>
                    <OutlineRow section={child} number={`${i + 1}.${j + 1}`} top={false} />
                  </li>
                ))}
              </ol>
            ) : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
