"use client";

import { useRef } from "react";
import { useFormStatus } from "react-dom";
import { createQuestionSetAction } from "@/lib/server/actions/question-sets";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

// Creates a question set (the title can wait: "Untitled set") and opens its editor. The request key
// is made on the first click (Enter in the title clicks the button too) and kept for any repeat, so
// a double click or a resent request opens the one set; the next visit to the page makes a new key.
export function NewSetForm() {
  const key = useRef<HTMLInputElement>(null);
  const stamp = () => {
    if (key.current && !key.current.value) key.current.value = crypto.randomUUID();
  };
  return (
    <form action={createQuestionSetAction} className="flex max-w-md flex-col gap-3">
      <input ref={key} type="hidden" name="requestKey" defaultValue="" />
      <Field label="Set title" name="title" maxLength={120} hint="Optional; you can rename it later." />
      <CreateButton onClick={stamp} />
    </form>
  );
}

function CreateButton({ onClick }: { onClick: () => void }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" onClick={onClick} aria-disabled={pending}>
      {pending ? "Creating…" : "New question set"}
    </Button>
  );
}
