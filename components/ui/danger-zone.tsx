import type { ReactNode } from "react";
import { Button } from "./button";

// What cannot be undone, folded away under a red summary ("Delete this class"): opening it shows
// what would be lost, then the button.
export function DangerZone({ title, children }: { title: string; children: ReactNode }) {
  return (
    <details className="rounded-lg border border-red-300 p-4 dark:border-red-800">
      <summary className="cursor-pointer font-medium text-red-800 dark:text-red-300">{title}</summary>
      {children}
    </details>
  );
}

// The removal itself: a form bound to a server action (no state: it redirects when done), the row's
// id as a hidden field, what will be lost, and the button.
export function RemovalForm({ action, ids, button, children }: { action: (formData: FormData) => void | Promise<void>; ids: Record<string, string>; button: string; children: ReactNode }) {
  return (
    <form action={action} className="mt-3 flex flex-col items-start gap-3">
      {Object.entries(ids).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <p>{children}</p>
      <Button type="submit" variant="danger">
        {button}
      </Button>
    </form>
  );
}
