"use client";

import { useState, type ReactNode } from "react";

// A disclosure whose contents are drawn the first time it is opened, and kept from then on (what was
// typed survives closing it). For a large, rarely opened part of a page (a form with a checklist of
// every section): folded, it costs the page's start no nodes to lay out and no components to hydrate.
export function LazyDetails({ summary, className, summaryClassName, children }: { summary: ReactNode; className?: string; summaryClassName?: string; children: ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className={className} onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary className={summaryClassName}>{summary}</summary>
      {opened ? children : null}
    </details>
  );
}
