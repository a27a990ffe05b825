import { safeHref } from "./safe-href";

// The source links the article lists at its end, as given.
export function ArticleSources({ sources }: { sources: readonly string[] }) {
  return (
    <section aria-labelledby="article-sources" className="flex flex-col gap-2">
      <h2 id="article-sources" className="text-xl font-semibold">
        Sources
      </h2>
      <p className="text-slate-700 dark:text-slate-300">The links at the end of the article.</p>
      <ul className="flex list-disc flex-col gap-1 pl-6">
        {sources.map((source) => {
          const href = safeHref(source);
          return (
            <li key={source} className="break-all">
              {href ? (
                <a href={href} rel="noopener noreferrer" className="text-brand-700 underline dark:text-brand-100">
                  {source}
                </a>
              ) : (
                source
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
