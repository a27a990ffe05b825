import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

// Labelled form controls (input, select, textarea) with an optional hint and the field's errors,
// both wired to aria-describedby so screen readers read them with the control.

// `id` defaults to the name; pages that repeat a form give each copy its own.
type Labelled = { label: string; name: string; id?: string; errors?: string[]; hint?: string };

const controlClass = "rounded-lg border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100";

// The ARIA attributes that tie a control to its hint and errors.
function describe({ name, id = name, errors, hint }: Labelled) {
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return { id, name, "aria-invalid": errors?.length ? true : undefined, "aria-describedby": describedBy } as const;
}

function Frame({ label, name, id = name, errors, hint, children }: Labelled & { children: ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-red-700 dark:text-red-400">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

// `className` adds to the control's own classes (e.g. a width).
export function Field({ label, name, id, errors, hint, className, ...props }: InputHTMLAttributes<HTMLInputElement> & Labelled) {
  const labelled = { label, name, id, errors, hint };
  return (
    <Frame {...labelled}>
      <input {...describe(labelled)} className={`min-h-11 ${controlClass} ${className ?? ""}`} {...props} />
    </Frame>
  );
}

// A whole-number field (a count, a limit in minutes): the numeric keypad on phones.
export function NumberField(props: Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "inputMode"> & Labelled) {
  return <Field type="number" inputMode="numeric" {...props} />;
}

export function SelectField({ label, name, errors, hint, children, ...props }: SelectHTMLAttributes<HTMLSelectElement> & Labelled & { children: ReactNode }) {
  const labelled = { label, name, errors, hint };
  return (
    <Frame {...labelled}>
      <select {...describe(labelled)} className={`min-h-11 ${controlClass}`} {...props}>
        {children}
      </select>
    </Frame>
  );
}

export function TextareaField({ label, name, errors, hint, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement> & Labelled) {
  const labelled = { label, name, errors, hint };
  return (
    <Frame {...labelled}>
      <textarea {...describe(labelled)} rows={3} className={controlClass} {...props} />
    </Frame>
  );
}
