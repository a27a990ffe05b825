import { createQuestionSetAction } from "@/lib/server/actions/question-sets";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

// Creates a question set (the title can wait: "Untitled set") and opens its editor.
export function NewSetForm() {
  return (
    <form action={createQuestionSetAction} className="flex max-w-md flex-col gap-3">
      <Field label="Set title" name="title" maxLength={120} hint="Optional; you can rename it later." />
      <Button type="submit">New question set</Button>
    </form>
  );
}
