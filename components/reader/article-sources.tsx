import { safeHref } from "./safe-href";
import { Panel } from "@/components/ui/panel";

// The source links the article lists at its end, as given, with what the reader should know of them.
export function ArticleSources({ sources, note }: { sources: readonly string[]; note?: string | null }) {
  return (
    <Panel id="article-sources" title="Sources" className="flex flex-col gap-2">
      <p className="text-slate-700 dark:text-slate-300">The links at the end of the article, as given.</p>
      {note ? <p className="text-slate-700 dark:text-slate-300">{note}</p> : null}
      <ul className="flex list-disc flex-col gap-1 pl-6">
        {sources.map((source) => {
          const href = safeHref(source);
          return (
            <li key={source} className="break-all">
              {href ? (
                <a href={href} rel="noopener noreferrer" className="tap text-brand-700 underline dark:text-brand-100">
                  {source}
                </a>
              ) : (
                source
              )}
            </li>
          );
        })}
      </ul>
    </Panel>
  );
}
