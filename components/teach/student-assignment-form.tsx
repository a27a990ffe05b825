"use client";

import type { ReactNode } from "react";
import type { FormState } from "@/lib/view/form-state";
import { ActionForm, FormStatus, type FormView } from "@/components/ui/action-form";

// The frame of a form about one student on one assignment (extension, grade): the two ids, the
// fields, the action's message (live) and the buttons. Field ids carry the assignment's, since a
// student's page repeats the form for each assignment.
export function StudentAssignmentForm(props: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  label: string;
  assignmentId: string;
  userId: string;
  fields: (form: FormView & { id: (name: string) => string }) => ReactNode;
  buttons: (pending: boolean) => ReactNode;
}) {
  const id = (name: string) => `${name}-${props.assignmentId}`;
  return (
    <ActionForm action={props.action} ids={{ assignmentId: props.assignmentId, userId: props.userId }} className="flex flex-col gap-3" noValidate aria-label={props.label}>
      {(form) => (
        <>
          {props.fields({ ...form, id })}
          <FormStatus state={form.state} tone="outcome" />
          {props.buttons(form.pending)}
        </>
      )}
    </ActionForm>
  );
}
