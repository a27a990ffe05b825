import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";

// Records as a list of links, each with a line of detail beside it, or what to say when there are
// none (the instructor's classes and sets, a class's assignments, a student's classes).
export type LinkListItem = { key: string; href: string; label: ReactNode; detail: ReactNode };

export function LinkList({ items, empty }: { items: readonly LinkListItem[]; empty: ReactNode }) {
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <ul className="flex flex-col gap-2">
      {items.map((item) => (
        <li key={item.key}>
          <Link href={item.href} className="tap font-semibold text-brand-700 underline dark:text-brand-100">
            {item.label}
          </Link>{" "}
          <span className="text-slate-700 dark:text-slate-300">{item.detail}</span>
        </li>
      ))}
    </ul>
  );
}
