import type { ReviewItem } from "./types";

// One flashcard: the front, and once revealed the back with the article's words and any accuracy note.
export function CardFace({ item, revealed }: { item: ReviewItem; revealed: boolean }) {
  const { faces } = item;
  return (
    <article aria-label="Flashcard" className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-700 dark:bg-slate-900">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {item.sectionTitle}
        {item.leech ? <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100">Leech</span> : null}
      </p>
      <h2 className="text-2xl font-semibold leading-snug">
        {faces.kind === "basic" ? (
          faces.front
        ) : (
          <>
            {faces.before}
            {revealed ? (
              <mark className="rounded bg-brand-100 px-1 text-slate-900">{faces.hidden}</mark>
            ) : (
              <span className="rounded bg-slate-200 px-2 text-slate-700 dark:bg-slate-700 dark:text-slate-200">
                [<span className="sr-only">blank</span>…]
              </span>
            )}
            {faces.after}
          </>
        )}
      </h2>
      {revealed ? (
        <section aria-label="Answer" className="flex flex-col gap-3 border-t border-slate-200 pt-4 dark:border-slate-700">
          {faces.kind === "basic" ? <p className="text-xl">{faces.back}</p> : null}
          <blockquote className="border-l-4 border-slate-300 pl-3 text-slate-700 italic dark:border-slate-600 dark:text-slate-300">
            “{item.quote}”{" "}
            <a href={item.sourceHref} className="tap not-italic text-brand-700 underline dark:text-brand-100">
              Read it in the article
            </a>
          </blockquote>
          {item.note ? (
            <div role="note" aria-label="Accuracy note" className="rounded-lg bg-amber-50 p-3 text-slate-900 dark:bg-amber-950 dark:text-amber-50">
              <p>
                <span className="font-semibold">Accuracy note: </span>
                {item.note.text}
              </p>
              <p className="mt-1 text-sm">Source: {item.note.source}</p>
            </div>
          ) : null}
        </section>
      ) : null}
    </article>
  );
}
