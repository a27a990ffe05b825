"use client";

import { useState } from "react";
import { WEEKDAYS } from "@/lib/domain/review/workload";

// Load balancing and easy days (Anki 24.11), part of the review settings form: a checkbox and, per
// weekday, how much review that day should carry.

const SHARES = [
  { value: "1", label: "Normal" },
  { value: "0.5", label: "Reduced" },
  { value: "0", label: "Minimum" },
] as const;

const selectClass = "min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100";

// The fields; `errors` are the form's errors for easyDays.
export function WorkloadFields({ loadBalancing, easyDays, errors }: { loadBalancing: boolean; easyDays: readonly number[]; errors?: string[] }) {
  const [balance, setBalance] = useState(loadBalancing);
  const [shares, setShares] = useState(() => easyDays.map(String));
  return (
    <fieldset className="flex flex-col gap-3" aria-describedby={`easyDays-hint${errors?.length ? " easyDays-error" : ""}`}>
      <legend className="font-medium">Workload</legend>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="loadBalancing" checked={balance} onChange={(e) => setBalance(e.target.checked)} className="size-4" />
        Load balancing (spread reviews evenly over the days a card may fall on)
      </label>
      <p id="easyDays-hint" className="text-sm text-slate-600 dark:text-slate-400">
        Easy days: on a reduced day reviews are less likely to fall, on a minimum day only when no nearby day is possible. Study-target dates are still met.
      </p>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {WEEKDAYS.map((day, i) => (
          <div key={day} className="flex flex-col gap-1">
            <label htmlFor={`easyDay${i}`} className="text-sm font-medium">
              {day}
            </label>
            <select
              id={`easyDay${i}`}
              name={`easyDay${i}`}
              className={selectClass}
              value={shares[i] ?? "1"}
              onChange={(e) => setShares((s) => s.map((v, j) => (j === i ? e.target.value : v)))}
            >
              {SHARES.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      {errors?.length ? (
        <p id="easyDays-error" className="text-sm text-red-700 dark:text-red-400">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
