import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuestionPreview } from "@/components/teach/question-preview";
import { rowIdSchema } from "@/lib/schemas/classes";
import { requireRole } from "@/lib/server/auth";
import { getSetPreview } from "@/lib/server/teach/sets";

export const metadata: Metadata = { title: "Preview" };

// The set as a student sees it: prompts and shuffled options, no answers, one sample random draw.
export default async function SetPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole("instructor");
  const id = rowIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const preview = await getSetPreview(user.id, id.data);
  if (!preview) notFound();
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href={`/teach/sets/${preview.id}`} className="tap text-brand-700 underline dark:text-brand-100">
          Back to the set
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Preview: {preview.title}</h1>
      <p>This is what a student sees, without the answers. Random questions show one sample draw; each student gets their own.</p>
      {preview.questions.length === 0 ? (
        <p>The set has no questions yet.</p>
      ) : (
        <ol className="flex flex-col gap-4">
          {preview.questions.map((q, i) => (
            <li key={q.view.id} className="flex flex-col gap-1">
              {q.fromRule ? <p className="text-sm text-slate-700 dark:text-slate-300">Random, from {q.fromRule}</p> : null}
              <QuestionPreview question={q.view} number={i + 1} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
