import type { ReactNode } from "react";

// The header row of a data table: one column header per column, figures aligned right.
export type Column = string | { label: ReactNode; numeric?: boolean; key?: string };

export function TableHead({ columns, className, cellClassName = "py-1 pr-3" }: { columns: readonly Column[]; className?: string; cellClassName?: string }) {
  return (
    <thead className={className}>
      <tr className="border-b border-slate-200 dark:border-slate-700">
        {columns.map((column) => {
          const { label, numeric, key } = typeof column === "string" ? { label: column, numeric: false, key: column } : column;
          return (
            <th key={key ?? String(label)} scope="col" className={`${cellClassName} ${numeric ? "text-right" : "text-left"}`}>
              {label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
