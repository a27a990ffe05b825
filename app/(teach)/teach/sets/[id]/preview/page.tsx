import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AnswerKey } from "@/components/teach/answer-key";
import { QuestionPreview } from "@/components/teach/question-preview";
import { rowIdSchema } from "@/lib/schemas/classes";
import { requireRole } from "@/lib/server/auth";
import { getSetPreview } from "@/lib/server/question-sets/sets";

export const metadata: Metadata = { title: "Preview" };

// The set as a student sees it: prompts and shuffled options, one sample random draw; with
// ?answers=1 ("Show answers") each question's key and explanation follow it.
export default async function SetPreviewPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireRole("instructor");
  const id = rowIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const showAnswers = (await searchParams).answers === "1";
  const preview = await getSetPreview(user.id, id.data, { withKeys: showAnswers });
  if (!preview) notFound();
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href={`/teach/sets/${preview.id}`} className="tap text-brand-700 underline dark:text-brand-100">
          Back to the set
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Preview: {preview.title}</h1>
      <p>This is what a student sees{showAnswers ? ", with the answers below each question (students do not see them here)" : ", without the answers"}. Random questions show one sample draw; each student gets their own.</p>
      <p>
        <Link href={showAnswers ? `/teach/sets/${preview.id}/preview` : `/teach/sets/${preview.id}/preview?answers=1`} className="tap text-brand-700 underline dark:text-brand-100">
          {showAnswers ? "Hide answers" : "Show answers"}
        </Link>
      </p>
      {preview.questions.length === 0 ? (
        <p>The set has no questions yet.</p>
      ) : (
        <ol className="flex flex-col gap-4">
          {preview.questions.map((q, i) => (
            <li key={q.view.id} className="flex flex-col gap-1">
              {q.fromRule ? <p className="text-sm text-slate-700 dark:text-slate-300">Random, from {q.fromRule}</p> : null}
              <QuestionPreview question={q.view} number={i + 1} />
              {q.key ? (
                <div className="rounded-lg border border-green-300 p-3 dark:border-green-800" aria-label={`Answer to question ${i + 1}`} role="region">
                  <AnswerKey question={q.key} />
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
