"use client";

import { addRandomRuleAction } from "@/lib/server/actions/question-sets";
import { ActionForm, FormStatus } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { NumberField, SelectField } from "@/components/ui/field";
import { SectionOptions } from "@/components/teach/section-options";

// Adds "N random questions from section X", drawn for each student when they start.
export function RandomRuleForm({ setId, sections }: { setId: string; sections: readonly { id: string; title: string; level: number }[] }) {
  return (
    <ActionForm action={addRandomRuleAction} ids={{ setId }} className="flex max-w-xl flex-col gap-3" noValidate>
      {({ state, values, errors, pending }) => (
        <>
          <div className="grid gap-3 sm:grid-cols-[8rem_1fr]">
            <NumberField label="How many" name="count" min={1} max={50} defaultValue={values?.count ?? "3"} errors={errors.count} />
            <SelectField label="From section" name="sectionId" defaultValue={values?.sectionId} errors={errors.sectionId}>
              <SectionOptions sections={sections} />
            </SelectField>
          </div>
          <div className="flex items-center gap-3">
            <Button type="submit" variant="secondary" disabled={pending}>
              Add random questions
            </Button>
            <FormStatus state={state} />
          </div>
        </>
      )}
    </ActionForm>
  );
}
