"use client";

import { useActionState, type ComponentProps, type ReactNode } from "react";
import { initialFormState, type FormState } from "@/lib/view/form-state";

// A form bound to a server action (lib/server/action.ts) through useActionState: React posts it
// (it works before JavaScript loads), and the fields are drawn from the action's last answer: the
// values sent (to show again after React resets the form), the errors per field, and whether the
// action is running.

export type FormView = { state: FormState; values: Record<string, string> | undefined; errors: FormState["errors"]; pending: boolean };

type Props = Omit<ComponentProps<"form">, "action" | "children"> & {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  // Sent as hidden fields: the ids of the rows the action is about.
  ids?: Record<string, string>;
  children: (form: FormView) => ReactNode;
};

export function ActionForm({ action, ids = {}, children, ...form }: Props) {
  const [state, run, pending] = useActionState(action, initialFormState);
  return (
    <form action={run} {...form}>
      {Object.entries(ids).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children({ state, values: state.values, errors: state.errors, pending })}
    </form>
  );
}

const tones = {
  plain: undefined,
  // Forms whose only message is a refusal (a success moves on to another page).
  error: "text-red-700 dark:text-red-400",
  // Forms that stay put: green when saved, red when refused.
  outcome: (ok: boolean) => (ok ? "text-green-700 dark:text-green-400" : "text-red-700 dark:text-red-400"),
};

// The action's message, read out by screen readers when it changes.
export function FormStatus({ state, tone = "plain", className = "" }: { state: FormState; tone?: keyof typeof tones; className?: string }) {
  const toneClass = tone === "outcome" ? tones.outcome(state.ok) : tones[tone];
  return (
    <p role="status" aria-live="polite" className={[toneClass, className].filter(Boolean).join(" ") || undefined}>
      {state.message}
    </p>
  );
}
