import type { ReactNode, SelectHTMLAttributes } from "react";

// A labelled select with its error wired to aria-describedby (the select twin of ui/Field).
export function SelectField({ label, name, errors, children, ...props }: SelectHTMLAttributes<HTMLSelectElement> & { label: string; name: string; errors?: string[]; children: ReactNode }) {
  const errorId = `${name}-error`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="font-medium">
        {label}
      </label>
      <select
        id={name}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? errorId : undefined}
        className="min-h-11 rounded-lg border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100"
        {...props}
      >
        {children}
      </select>
      {errors?.length ? (
        <p id={errorId} className="text-sm text-red-700 dark:text-red-400">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
