"use client";

import { ActionForm, FormStatus } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { TargetRecallField } from "@/components/review/target-recall-field";
import { createStudyTargetAction } from "@/lib/server/actions/study-targets";

type SectionChoice = { id: string; title: string; level: number; flashcards: number };

// The sections that have flashcards, each with a box to tick.
function SectionChecklist({ sections, errors }: { sections: SectionChoice[]; errors: string[] | undefined }) {
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={errors ? "target-sections-error" : undefined}>
      <legend className="font-medium">Sections to remember</legend>
      <ul className="grid max-h-60 gap-1 overflow-y-auto rounded-lg border border-slate-200 p-2 dark:border-slate-700">
        {sections
          .filter((s) => s.flashcards > 0)
          .map((s) => (
            <li key={s.id} style={{ paddingLeft: `${(s.level - 1) * 1.25}rem` }}>
              <label className="flex items-center gap-2">
                <input type="checkbox" name="sections" value={s.id} className="size-4" />
                {s.title} <span className="text-sm text-slate-600 dark:text-slate-400">({s.flashcards} cards)</span>
              </label>
            </li>
          ))}
      </ul>
      {errors ? (
        <p id="target-sections-error" className="text-sm text-red-700 dark:text-red-400">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}

// Adds a study target of the learner's own: sections to remember on a date at a target recall.
export function StudyTargetForm({ sections }: { sections: SectionChoice[] }) {
  return (
    <ActionForm action={createStudyTargetAction} className="flex max-w-xl flex-col gap-3">
      {({ state, values, errors, pending }) => (
        <>
          <SectionChecklist sections={sections} errors={errors.sectionIds ?? errors.sections} />
          <Field label="Date" name="date" type="date" required defaultValue={values?.date} errors={errors.date} />
          <TargetRecallField
            label="Target recall (%)"
            defaultValue={values?.targetRecall ?? "90"}
            hint="The share of these cards you want to remember on the date."
            errors={errors.targetRecall}
          />
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" disabled={pending}>
              Add target
            </Button>
            <FormStatus state={state} />
          </div>
        </>
      )}
    </ActionForm>
  );
}
