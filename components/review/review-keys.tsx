"use client";

import { useEffect, useRef } from "react";

// Anki's reviewer keys: Space/Enter shows the answer, 1-4 grade, U or Ctrl+Z undoes, "-" buries,
// "@" suspends. A focused button keeps its own Space/Enter (that is how "Show answer" and, once the
// answer shows, the focused "Good" are pressed), and typing in a field is never taken over.

type Handlers = {
  hasCard: boolean;
  revealed: boolean;
  reveal: () => void;
  grade: (rating: number) => void;
  undo: () => void;
  bury: () => void;
  suspend: () => void;
};

// Listens for the reviewer's keys on the whole page while mounted.
export function useReviewKeys(handlers: Handlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.repeat || event.altKey) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest("input, textarea, select, [contenteditable='true']")) return;
      const h = latest.current;
      const key = event.key;
      if ((event.ctrlKey || event.metaKey) && key.toLowerCase() === "z") {
        event.preventDefault();
        h.undo();
        return;
      }
      if (event.ctrlKey || event.metaKey) return;
      if (key === " " || key === "Enter") {
        if (target?.closest("button, a, summary")) return;
        if (h.hasCard && !h.revealed) {
          event.preventDefault();
          h.reveal();
        }
        return;
      }
      if (["1", "2", "3", "4"].includes(key)) {
        if (h.hasCard && h.revealed) {
          event.preventDefault();
          h.grade(Number(key));
        }
        return;
      }
      if (key === "u" || key === "U") h.undo();
      else if (key === "-" && h.hasCard) h.bury();
      else if (key === "@" && h.hasCard) h.suspend();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}

// The list of keys, folded away under the card.
export function KeyboardHelp() {
  return (
    // Not on touch screens, where there is no keyboard to use them with.
    <details className="text-sm text-slate-700 pointer-coarse:hidden dark:text-slate-300">
      <summary className="flex min-h-11 cursor-pointer items-center">Keyboard shortcuts</summary>
      <ul className="mt-2 grid gap-1 sm:grid-cols-2">
        <li>
          <kbd>Space</kbd> or <kbd>Enter</kbd>: show the answer
        </li>
        <li>
          <kbd>1</kbd> Again · <kbd>2</kbd> Hard · <kbd>3</kbd> Good · <kbd>4</kbd> Easy
        </li>
        <li>
          <kbd>U</kbd> or <kbd>Ctrl</kbd>+<kbd>Z</kbd>: undo the last review
        </li>
        <li>
          <kbd>-</kbd>: bury until tomorrow · <kbd>@</kbd>: suspend
        </li>
      </ul>
    </details>
  );
}
