import type { Metadata } from "next";
import { QuestionBrowser } from "@/components/teach/question-browser";
import { RandomRuleForm } from "@/components/teach/random-rule-form";
import { DeleteSetForm } from "@/components/teach/delete-set-form";
import { RenameForm } from "@/components/teach/rename-form";
import { SetItemsList } from "@/components/teach/set-items-list";
import { questionFilterSchema } from "@/lib/schemas/classes";
import { requireRole } from "@/lib/server/auth";
import { renameQuestionSetAction } from "@/lib/server/actions/question-sets";
import { countSetAssignments, searchQuestions } from "@/lib/server/data/question-sets";
import { getSetEditor } from "@/lib/server/question-sets/sets";
import { setInUseMessage } from "@/lib/server/question-sets/refusals";
import { getVisibleQuestions } from "@/lib/server/question-sets/questions";
import { Panel } from "@/components/ui/panel";
import { BackLink, TextLink } from "@/components/ui/text-link";
import { rowParam } from "@/lib/server/page-params";
import { DangerZone } from "@/components/ui/danger-zone";

export const metadata: Metadata = { title: "Question set" };

const BROWSE_LIMIT = 50;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// The set editor: its items (reorder, remove), random rules, the question browser with filters,
// and links to write a question and to preview the set as a student sees it.
export default async function SetPage({ params, searchParams }: Props) {
  const user = await requireRole("instructor");
  const set = await rowParam(params, (id) => getSetEditor(user.id, id));
  const query = await searchParams;
  const filter = questionFilterSchema.parse(Object.fromEntries(Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined])));
  const [results, assignments] = await Promise.all([searchQuestions(user.id, filter, BROWSE_LIMIT), countSetAssignments(user.id, set.id)]);
  const keys = new Map([...(await getVisibleQuestions(user.id, results.map((r) => r.id)))].map(([qid, q]) => [qid, q.question]));
  const inSet = new Set(set.items.flatMap((i) => (i.kind === "question" ? [i.questionId] : [])));
  return (
    <div className="flex flex-col gap-8">
      <BackLink href="/teach">Teach</BackLink>
      <h1 className="text-3xl font-bold">{set.title}</h1>
      <p className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
        Questions from the banks are also public practice material: any learner can meet them, with their answers, in a practice quiz. When you assign this set, “Hold these questions out of self-study” keeps them out of your students’ practice until no one can submit; your own questions are never shown in practice.
      </p>
      <RenameForm action={renameQuestionSetAction} idField="setId" id={set.id} label="Set title" name="title" value={set.title} maxLength={120} />
      <p className="flex flex-wrap gap-4">
        <TextLink href={`/teach/sets/${set.id}/preview`}>
          Preview as a student
        </TextLink>
        <TextLink href={`/teach/sets/${set.id}/questions/new`}>
          Write a question
        </TextLink>
      </p>
      <section aria-labelledby="items-heading" className="flex flex-col gap-3">
        <h2 id="items-heading" tabIndex={-1} className="text-xl font-semibold">
          Items ({set.items.length})
        </h2>
        <SetItemsList setId={set.id} items={set.items} />
      </section>
      <Panel id="random-heading" title="Random questions">
        <p className="text-slate-700 dark:text-slate-300">Each student gets their own draw, the same on every attempt.</p>
        <RandomRuleForm setId={set.id} sections={set.sections} />
      </Panel>
      <Panel id="browse-heading" title="Add questions from the banks">
        <QuestionBrowser setId={set.id} filter={filter} sections={set.sections} results={results} keys={keys} inSet={inSet} limit={BROWSE_LIMIT} />
      </Panel>
      <DangerZone title="Delete this set">{assignments > 0 ? <p className="mt-3">{setInUseMessage(assignments)}</p> : <DeleteSetForm setId={set.id} />}</DangerZone>
    </div>
  );
}
