import type { Metadata } from "next";
import { CustomQuestionForm } from "@/components/teach/custom-question-form";
import { requireRole } from "@/lib/server/auth";
import { getQuestionSet, listSectionTitles } from "@/lib/server/data/question-sets";
import { BackLink } from "@/components/ui/text-link";
import { rowParam } from "@/lib/server/page-params";

export const metadata: Metadata = { title: "Write a question" };

// Writing a question for one of the instructor's sets; it is saved as theirs and added to the set.
export default async function NewQuestionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole("instructor");
  const set = await rowParam(params, (id) => getQuestionSet(user.id, id));
  const sections = await listSectionTitles();
  return (
    <div className="flex flex-col gap-6">
      <BackLink href={`/teach/sets/${set.id}`}>Back to {set.title}</BackLink>
      <h1 className="text-3xl font-bold">Write a question</h1>
      <CustomQuestionForm setId={set.id} sections={sections} />
    </div>
  );
}
