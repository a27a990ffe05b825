"use client";

import { useState } from "react";
import { MAX_OPTION_FIELDS } from "@/lib/domain/classes/question-form";
import { Button } from "@/components/ui/button";

const inputClass = "min-h-11 w-full min-w-0 rounded-lg border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100";

// The options of a single or multiple choice question: one field per option, each with its "right
// answer" control (a radio for single choice, a checkbox for multiple), and buttons to add or remove
// a field. Blank fields are spare ones and are not saved. `values` are what a refused save sent.
export function OptionFields({ multiple, values, errors }: { multiple: boolean; values?: Record<string, string>; errors?: string[] }) {
  const sent = values ? Array.from({ length: MAX_OPTION_FIELDS }, (_, i) => i).filter((i) => values[`option-${i}`] !== undefined) : [];
  const [rows, setRows] = useState<number[]>(sent.length ? sent : [0, 1, 2, 3]);
  const nextId = () => Math.max(-1, ...rows) + 1;
  const invalid = errors?.length ? true : undefined;
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={`options-hint${errors?.length ? " options-error" : ""}`}>
      <legend className="font-medium">Options</legend>
      <p id="options-hint" className="text-sm text-slate-600 dark:text-slate-400">
        {multiple ? "3 to 10 options; tick the box before every right one." : "2 to 8 options; mark the right one with the button before it."} Empty fields are left out.
      </p>
      <ol className="flex flex-col gap-2">
        {rows.map((id, n) => (
          <li key={id} className="flex items-center gap-2">
            <label className="flex min-h-11 min-w-11 shrink-0 items-center justify-center gap-2">
              <input
                type={multiple ? "checkbox" : "radio"}
                name={multiple ? `correct-${id}` : "correct"}
                value={multiple ? "on" : String(id)}
                defaultChecked={multiple ? values?.[`correct-${id}`] === "on" : values?.correct === String(id)}
                className="size-5"
              />
              <span className="sr-only sm:not-sr-only sm:text-sm">Right</span>
              <span className="sr-only">answer: option {n + 1}</span>
            </label>
            <label htmlFor={`option-${id}`} className="sr-only">
              Option {n + 1}
            </label>
            <input id={`option-${id}`} name={`option-${id}`} maxLength={500} defaultValue={values?.[`option-${id}`]} aria-invalid={invalid} aria-describedby={errors?.length ? "options-error" : undefined} className={inputClass} />
            {rows.length > 2 ? (
              <Button type="button" variant="secondary" aria-label={`Remove option ${n + 1}`} onClick={() => setRows(rows.filter((r) => r !== id))} className="shrink-0 px-3">
                ✕
              </Button>
            ) : null}
          </li>
        ))}
      </ol>
      {rows.length < MAX_OPTION_FIELDS && nextId() < MAX_OPTION_FIELDS ? (
        <Button type="button" variant="secondary" onClick={() => setRows([...rows, nextId()])} className="self-start">
          Add option
        </Button>
      ) : null}
      {errors?.length ? (
        <p id="options-error" className="text-sm text-red-700 dark:text-red-400">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
