"use client";

import { useState } from "react";
import { updateJoinCodeAction } from "@/lib/server/actions/classes";
import { Button } from "@/components/ui/button";

// Copies a text (the join code or link) and says so for a moment; a browser that refuses the
// clipboard gets a message to copy it by hand.
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [status, setStatus] = useState("");
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("Copied.");
    } catch {
      setStatus("Copy it by hand: the browser refused.");
    }
    window.setTimeout(() => setStatus(""), 4000);
  }
  return (
    <span className="inline-flex items-center gap-2">
      <Button type="button" variant="secondary" onClick={copy}>
        {label}
      </Button>
      <span role="status" aria-live="polite" className="text-sm text-slate-700 dark:text-slate-300">
        {status}
      </span>
    </span>
  );
}

// "Regenerate code" asks first: the old code (and every shared link) stops working at once.
export function RegenerateCodeForm({ classId }: { classId: string }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button type="button" variant="secondary" onClick={() => setAsking(true)}>
        Regenerate code
      </Button>
    );
  }
  return (
    <form action={updateJoinCodeAction} className="flex w-full flex-col gap-2 rounded-lg border border-amber-400 p-3 dark:border-amber-600" onSubmit={() => setAsking(false)}>
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="action" value="regenerate" />
      <p id="regenerate-warning">The current code and join link stop working; students who have not joined yet need the new one.</p>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" aria-describedby="regenerate-warning">
          Yes, regenerate
        </Button>
        <Button type="button" variant="secondary" onClick={() => setAsking(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
