import type { EditorItem } from "@/lib/server/question-sets/sets";
import { questionTypeLabel } from "@/lib/view/question-types";
import { ItemControls } from "./item-controls";

// The set's items in order, each with its controls.
export function SetItemsList({ setId, items }: { setId: string; items: readonly EditorItem[] }) {
  if (items.length === 0) return <p>This set is empty. Add questions from the banks below, a random rule, or write your own.</p>;
  return (
    <ol className="flex flex-col gap-3">
      {items.map((item, i) => (
        <li key={item.id} className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3 dark:border-slate-800">
          <p>
            <span className="font-semibold">{i + 1}.</span>{" "}
            {item.kind === "random" ? (
              <>
                {item.count} random {item.count === 1 ? "question" : "questions"} from <em>{item.sectionTitle}</em>
                <span className="block text-sm text-slate-700 dark:text-slate-300">
                  {item.available} in the bank{item.available < item.count ? ": fewer than asked, students get what there is" : ""}
                </span>
              </>
            ) : (
              <>
                {item.prompt}
                <span className="block text-sm text-slate-700 dark:text-slate-300">
                  {[questionTypeLabel(item.type), item.difficulty, item.sectionTitle ?? (item.own ? "your question" : null), item.unavailable ? "no longer available: skipped" : null].filter(Boolean).join(" · ")}
                </span>
              </>
            )}
          </p>
          <ItemControls setId={setId} itemId={item.id} position={i + 1} total={items.length} />
        </li>
      ))}
    </ol>
  );
}
