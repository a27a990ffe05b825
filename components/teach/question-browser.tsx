import { addQuestionsToSetAction, addQuestionToSetAction } from "@/lib/server/actions/question-sets";
import type { InstructorQuestion, QuestionFilter } from "@/lib/schemas/classes";
import type { BrowseRow } from "@/lib/server/data/question-sets";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { AnswerKey } from "@/components/teach/answer-key";
import { SectionOptions } from "@/components/teach/section-options";
import { questionTypeChoices, questionTypeLabel } from "@/lib/view/question-types";

type Props = {
  setId: string;
  filter: QuestionFilter;
  sections: readonly { id: string; title: string; level: number }[];
  results: readonly BrowseRow[];
  // Each result's full question (options and key), for "Options and answer"; null when unreadable.
  keys: ReadonlyMap<string, InstructorQuestion | null>;
  inSet: ReadonlySet<string>;
  limit: number;
};

// Filters (a GET form, so a filtered view has its own URL and works without JavaScript) and the
// matching questions, each with its options and answer key to unfold, an "Add" button, and a box to
// tick for "Add selected".
export function QuestionBrowser({ setId, filter, sections, results, keys, inSet, limit }: Props) {
  const bulkFormId = `add-selected-${setId}`;
  const titleOf = new Map(sections.map((s) => [s.id, s.title]));
  return (
    <div className="flex flex-col gap-4">
      <form method="get" className="grid grid-cols-[minmax(0,1fr)] gap-3 sm:grid-cols-2" role="search" aria-label="Filter questions">
        <SelectField label="Section" name="section" defaultValue={filter.section ?? ""}>
          <option value="">All sections</option>
          <SectionOptions sections={sections} />
        </SelectField>
        <SelectField label="Type" name="type" defaultValue={filter.type ?? ""}>
          <option value="">All types</option>
          {questionTypeChoices.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <SelectField label="Difficulty" name="difficulty" defaultValue={filter.difficulty ?? ""}>
          <option value="">Any difficulty</option>
          <option value="easy">Easy</option>
          <option value="medium">Medium</option>
          <option value="hard">Hard</option>
        </SelectField>
        <Field label="Words in the question" name="q" type="search" maxLength={100} defaultValue={filter.q ?? ""} />
        <div className="sm:col-span-2">
          <Button type="submit" variant="secondary">
            Filter
          </Button>
        </div>
      </form>
      <p role="status" aria-live="polite">
        {results.length === 0 ? "No questions match." : results.length >= limit ? `Showing the first ${limit} matches; narrow the filters to see others.` : `${results.length} ${results.length === 1 ? "question matches" : "questions match"}.`}
      </p>
      <ul className="flex flex-col gap-2">
        {results.map((q) => {
          const key = keys.get(q.id);
          const added = inSet.has(q.id);
          return (
            <li key={q.id} className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3 dark:border-slate-800">
              <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
                <div className="flex min-w-0 items-start gap-2">
                  {added ? null : (
                    <label className="flex min-h-11 min-w-11 shrink-0 items-center justify-center">
                      {/* Belongs to the "Add selected" form below the list (forms cannot nest). */}
                      <input type="checkbox" name="selected" value={q.id} form={bulkFormId} className="size-5" />
                      <span className="sr-only">Select: {q.prompt.slice(0, 80)}</span>
                    </label>
                  )}
                  <p className={`min-w-0 ${added ? "" : "pt-2.5"}`}>
                    {q.prompt}
                    <span className="block text-sm text-slate-700 dark:text-slate-300">
                      {[questionTypeLabel(q.type), q.difficulty, q.sectionId ? titleOf.get(q.sectionId) : null, q.ownerId ? "your question" : null].filter(Boolean).join(" · ")}
                    </span>
                  </p>
                </div>
                {added ? (
                  <span className="text-sm font-medium text-green-800 dark:text-green-300">In the set</span>
                ) : (
                  <form action={addQuestionToSetAction} className="shrink-0 self-start">
                    <input type="hidden" name="setId" value={setId} />
                    <input type="hidden" name="questionId" value={q.id} />
                    <Button type="submit" variant="secondary" aria-label={`Add: ${q.prompt.slice(0, 80)}`}>
                      Add
                    </Button>
                  </form>
                )}
              </div>
              {key ? (
                <details className="rounded-md bg-slate-50 px-3 dark:bg-slate-900">
                  <summary className="cursor-pointer font-medium">Options and answer</summary>
                  <div className="pb-3">
                    <AnswerKey question={key} />
                  </div>
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
      {results.some((q) => !inSet.has(q.id)) ? (
        <form id={bulkFormId} action={addQuestionsToSetAction}>
          <input type="hidden" name="setId" value={setId} />
          <Button type="submit">Add selected</Button>
        </form>
      ) : null}
    </div>
  );
}
