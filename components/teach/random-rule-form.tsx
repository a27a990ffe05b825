"use client";

import { useActionState } from "react";
import { addRandomRuleAction } from "@/lib/server/actions/question-sets";
import { initialFormState } from "@/lib/view/form-state";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";

// Adds "N random questions from section X", drawn for each student when they start.
export function RandomRuleForm({ setId, sections }: { setId: string; sections: readonly { id: string; title: string; level: number }[] }) {
  const [state, action, pending] = useActionState(addRandomRuleAction, initialFormState);
  return (
    <form action={action} className="flex max-w-xl flex-col gap-3" noValidate>
      <input type="hidden" name="setId" value={setId} />
      <div className="grid gap-3 sm:grid-cols-[8rem_1fr]">
        <Field label="How many" name="count" type="number" inputMode="numeric" min={1} max={50} defaultValue={state.values?.count ?? "3"} errors={state.errors.count} />
        <SelectField label="From section" name="sectionId" defaultValue={state.values?.sectionId} errors={state.errors.sectionId}>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.level === 2 ? "\u00a0\u00a0" : ""}
              {s.title}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending}>
          Add random questions
        </Button>
        <p role="status" aria-live="polite">
          {state.message}
        </p>
      </div>
    </form>
  );
}
