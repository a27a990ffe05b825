import { Link } from "@/components/ui/link";
import type { SectionMastery, Share } from "@/lib/domain/progress/mastery";
import { TableHead } from "@/components/ui/table-head";

function Bar({ share, label }: { share: Share; label: string }) {
  if (share.rate === null) return <span className="text-slate-500">–</span>;
  const percent = Math.floor(share.rate * 100);
  return (
    <span className="flex items-center gap-2">
      {/* The bar only where there is room for it; the figure says the same. */}
      <span aria-hidden="true" className="hidden h-2 w-24 overflow-hidden rounded bg-slate-200 sm:block dark:bg-slate-700">
        <span className="block h-full bg-brand-600" style={{ width: `${percent}%` }} />
      </span>
      <span>
        {percent}% <span className="sr-only">{label}</span>
        <span className="block text-xs text-slate-600 sm:inline dark:text-slate-400">
          {" "}
          ({share.done}/{share.total})
        </span>
      </span>
    </span>
  );
}

// Mastery per section from quizzes and from flashcards, with a link to review each section.
export function MasteryTable({ rows }: { rows: SectionMastery[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left">
        <caption className="mb-2 text-left text-sm text-slate-600 dark:text-slate-400">
          Quiz: questions whose latest answer was right. Flashcards: cards in review with a memory stability of 21 days or more.
        </caption>
        <TableHead columns={["Section", "Quiz", "Flashcards"]} />
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-100 dark:border-slate-800">
              <th scope="row" className="py-1.5 pr-3 font-normal" style={{ paddingLeft: `${(r.level - 1) * 1}rem` }}>
                {r.flashcards.total > 0 ? (
                  <Link href={`/review?section=${encodeURIComponent(r.id)}`} className="tap underline decoration-slate-300 hover:decoration-current">
                    {r.title}
                  </Link>
                ) : (
                  r.title
                )}
              </th>
              <td className="py-1.5 pr-3">
                <Bar share={r.quiz} label="of questions mastered" />
              </td>
              <td className="py-1.5 pr-3">
                <Bar share={r.flashcards} label="of flashcards learnt" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
