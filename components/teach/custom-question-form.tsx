"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { createCustomQuestionAction } from "@/lib/server/actions/question-sets";
import { initialFormState } from "@/lib/view/form-state";
import { questionTypeChoices } from "@/lib/view/question-types";
import { Button } from "@/components/ui/button";
import { SelectField, TextareaField } from "@/components/ui/field";
import { OptionFields } from "@/components/teach/option-fields";

// Writing a question: the same fields and rules as the question banks (graded the same way), the
// quote optional. Options are one field each with a "right answer" control; other lists are one
// entry per line. After a refused save, focus goes to the first field with an error.
export function CustomQuestionForm({ setId, sections }: { setId: string; sections: readonly { id: string; title: string; level: number }[] }) {
  const [state, action, pending] = useActionState(createCustomQuestionAction, initialFormState);
  const v = state.values;
  const [type, setType] = useState(v?.type ?? "single");
  const e = state.errors;
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!state.ok && Object.keys(state.errors).length) form.current?.querySelector<HTMLElement>("[aria-invalid='true'], [data-invalid]")?.focus();
  }, [state]);
  return (
    <form ref={form} action={action} className="flex max-w-2xl flex-col gap-4" noValidate>
      <input type="hidden" name="setId" value={setId} />
      <SelectField label="Question type" name="type" value={type} onChange={(event) => setType(event.target.value)} errors={e.type}>
        {questionTypeChoices.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <TextareaField label="Question" name="prompt" required maxLength={2000} defaultValue={v?.prompt} errors={e.prompt} hint={type === "typed" ? 'Write the blank as "____".' : undefined} />
      {type === "single" || type === "multiple" ? <OptionFields key={type} multiple={type === "multiple"} values={v} errors={e.options} /> : null}
      {type === "truefalse" ? (
        <fieldset className="flex flex-col gap-2" aria-describedby={e.answer ? "answer-error" : undefined}>
          <legend className="font-medium">Right answer</legend>
          <label className="flex items-center gap-2">
            <input type="radio" name="answer" value="true" defaultChecked={v?.answer === "true"} data-invalid={e.answer ? "" : undefined} className="size-5" /> True
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="answer" value="false" defaultChecked={v?.answer === "false"} className="size-5" /> False
          </label>
          {e.answer ? (
            <p id="answer-error" className="text-sm text-red-700 dark:text-red-400">
              Choose True or False.
            </p>
          ) : null}
        </fieldset>
      ) : null}
      {type === "typed" ? <TextareaField label="Accepted answers" name="answers" defaultValue={v?.answers} errors={e.answers} hint="One per line; the first is shown as the right answer." /> : null}
      {type === "ordering" ? <TextareaField label="Items in the right order" name="items" rows={5} defaultValue={v?.items} errors={e.items} hint="One per line (3 to 10); students see them shuffled." /> : null}
      {type === "matching" ? <TextareaField label="Pairs" name="pairs" rows={5} defaultValue={v?.pairs} errors={e.pairs} hint='One per line as "left | right" (2 to 8); students see the right sides shuffled.' /> : null}
      <TextareaField label="Explanation" name="explanation" required maxLength={2000} defaultValue={v?.explanation} errors={e.explanation} hint="Shown with the right answer." />
      <SelectField label="Difficulty" name="difficulty" defaultValue={v?.difficulty ?? "medium"} errors={e.difficulty}>
        <option value="easy">Easy</option>
        <option value="medium">Medium</option>
        <option value="hard">Hard</option>
      </SelectField>
      <SelectField label="Section (optional)" name="sectionId" defaultValue={v?.sectionId ?? ""} errors={e.sectionId}>
        <option value="">None</option>
        {sections.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title}
          </option>
        ))}
      </SelectField>
      <TextareaField label="Quote from the article (optional)" name="quote" maxLength={2000} defaultValue={v?.quote} errors={e.quote} />
      <p role="status" aria-live="polite" className="text-red-700 dark:text-red-400">
        {state.message}
      </p>
      <Button type="submit" disabled={pending}>
        Save question
      </Button>
    </form>
  );
}
