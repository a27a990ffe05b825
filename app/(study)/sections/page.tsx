import type { Metadata } from "next";
import { requireUser } from "@/lib/server/auth";
import { getArticleMeta, listSectionOutline } from "@/lib/server/data/sections";
import { Outline } from "@/components/reader/outline";
import { ArticleSources } from "@/components/reader/article-sources";

export const metadata: Metadata = { title: "Sections" };

// The reader's start: the article's outline with what to practise in each section, the learner's
// quiz mastery of each, and the sources listed at the end of the article.
export default async function SectionsPage() {
  const user = await requireUser();
  const outline = await listSectionOutline(user.id);
  const article = getArticleMeta();
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">Sections</h1>
        <p className="text-lg text-slate-700 dark:text-slate-300">
          Read <cite>{article.title}</cite> section by section. Accuracy notes mark where the article departs from the public record. Mastery is the
          share of a section&apos;s quiz questions you last answered right.
        </p>
      </header>
      <Outline entries={outline} />
      <ArticleSources sources={article.sources} note={article.sourcesNote} />
    </div>
  );
}
