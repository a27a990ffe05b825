"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { moveSetItemAction, removeSetItemAction } from "@/lib/server/actions/question-sets";
import { Button } from "@/components/ui/button";

// Move up / Move down / Remove for one item of a set. Plain buttons, so the keyboard works; after
// a move the focus stays on the item's button (React re-renders the list around it) and the new
// position is announced; after a removal the focus goes to the list's heading.
export function ItemControls({ setId, itemId, position, total }: { setId: string; itemId: string; position: number; total: number }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState("");
  // Focus is restored once the re-rendered list is committed (the buttons are disabled until then).
  const focusAfter = useRef<"up" | "down" | null>(null);
  useEffect(() => {
    const target = focusAfter.current;
    if (pending || !target) return;
    focusAfter.current = null;
    const same = document.getElementById(`move-${target}-${itemId}`) as HTMLButtonElement | null;
    const other = document.getElementById(`move-${target === "up" ? "down" : "up"}-${itemId}`) as HTMLButtonElement | null;
    (same && !same.disabled ? same : other)?.focus();
  }, [pending, position, itemId]);
  const form = (extra: Record<string, string>) => {
    const data = new FormData();
    data.set("setId", setId);
    data.set("itemId", itemId);
    for (const [k, v] of Object.entries(extra)) data.set(k, v);
    return data;
  };
  const move = (direction: "up" | "down") =>
    startTransition(async () => {
      await moveSetItemAction(form({ direction }));
      const to = direction === "up" ? position - 1 : position + 1;
      setMessage(`Item ${position} moved to position ${to} of ${total}.`);
      focusAfter.current = direction;
    });
  const remove = () =>
    startTransition(async () => {
      await removeSetItemAction(form({}));
      // This item is about to disappear with its buttons; the list's heading stays.
      document.getElementById("items-heading")?.focus();
    });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button type="button" variant="secondary" id={`move-up-${itemId}`} disabled={pending || position === 1} onClick={() => move("up")} aria-label={`Move item ${position} up`}>
        Move up
      </Button>
      <Button type="button" variant="secondary" id={`move-down-${itemId}`} disabled={pending || position === total} onClick={() => move("down")} aria-label={`Move item ${position} down`}>
        Move down
      </Button>
      <Button type="button" variant="danger" disabled={pending} onClick={remove} aria-label={`Remove item ${position}`}>
        Remove
      </Button>
      <span role="status" className="sr-only">
        {message}
      </span>
    </div>
  );
}
