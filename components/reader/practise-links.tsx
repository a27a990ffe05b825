import { Link } from "@/components/ui/link";

const linkClass = "inline-flex min-h-11 items-center justify-center rounded-lg px-4 py-2 font-medium";

// The two ways to practise a section: a quiz on its questions, or its flashcards.
export function PractiseLinks({ sectionId }: { sectionId: string }) {
  const id = encodeURIComponent(sectionId);
  return (
    <div className="flex flex-wrap gap-3">
      <Link href={`/quiz/new?sections=${id}`} className={`${linkClass} bg-brand-600 text-white hover:bg-brand-700`}>
        Practise as a quiz
      </Link>
      <Link
        href={`/review?section=${id}`}
        className={`${linkClass} border border-slate-300 bg-white text-slate-900 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800`}
      >
        Practise as flashcards
      </Link>
    </div>
  );
}
