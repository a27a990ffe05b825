import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { CustomQuestionForm } from "@/components/teach/custom-question-form";
import { rowIdSchema } from "@/lib/schemas/classes";
import { requireRole } from "@/lib/server/auth";
import { getQuestionSet, listSectionTitles } from "@/lib/server/data/question-sets";

export const metadata: Metadata = { title: "Write a question" };

// Writing a question for one of the instructor's sets; it is saved as theirs and added to the set.
export default async function NewQuestionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole("instructor");
  const id = rowIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const set = await getQuestionSet(user.id, id.data);
  if (!set) notFound();
  const sections = await listSectionTitles();
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href={`/teach/sets/${set.id}`} className="tap text-brand-700 underline dark:text-brand-100">
          Back to {set.title}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Write a question</h1>
      <CustomQuestionForm setId={set.id} sections={sections} />
    </div>
  );
}
