import type { ReactNode } from "react";

// A titled part of a page: a section named by its heading, so screen readers list it as a region.
export function Panel({ id, title, className = "flex flex-col gap-3", children }: { id: string; title: ReactNode; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
