"use client";

import { createContext, useContext, useState } from "react";

// "N of M answered" in the quiz page's header, kept current by the player: a check or a save
// answers a question without reloading the page, and the header must say so.

const AnsweredContext = createContext<{ count: number; set: (count: number) => void } | null>(null);

// Holds the count for the header and the player below it.
export function AnsweredCountProvider({ initial, children }: { initial: number; children: React.ReactNode }) {
  const [count, set] = useState(initial);
  return <AnsweredContext.Provider value={{ count, set }}>{children}</AnsweredContext.Provider>;
}

// The count as text (the provider's when there is one).
export function AnsweredCount({ total, fallback }: { total: number; fallback: number }) {
  const count = useContext(AnsweredContext)?.count ?? fallback;
  return (
    <>
      {count} of {total} answered
    </>
  );
}

// The setter the player calls with the server's count after each save.
export function useSetAnsweredCount(): (count: number) => void {
  return useContext(AnsweredContext)?.set ?? (() => {});
}
