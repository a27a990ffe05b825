"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { discardQuiz } from "@/lib/server/actions/quiz";
import { Button } from "@/components/ui/button";
import { PendingButton } from "@/components/ui/pending-button";

// History's "Discard" for an unfinished practice quiz: asks first (its answers go with it), then
// the list reloads without it.
export function DiscardQuizButton({ attemptId, startedText }: { attemptId: string; startedText: string }) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState("");
  const [pending, startTransition] = useTransition();
  const discard = () =>
    startTransition(async () => {
      const outcome = await discardQuiz(attemptId);
      setMessage(outcome.message);
      if (outcome.ok) router.refresh();
    });
  return (
    <div className="flex flex-wrap items-center gap-2">
      {asking ? (
        <>
          <PendingButton type="button" variant="danger" pending={pending} pendingLabel="Discarding…" onClick={discard}>
            Discard its answers<span className="sr-only"> of the quiz started {startedText}</span>
          </PendingButton>
          <Button type="button" variant="secondary" disabled={pending} onClick={() => setAsking(false)}>
            Keep
          </Button>
        </>
      ) : (
        <Button type="button" variant="secondary" onClick={() => setAsking(true)}>
          Discard<span className="sr-only"> the quiz started {startedText}</span>
        </Button>
      )}
      <span role="status" aria-live="polite" className="text-sm">
        {message}
      </span>
    </div>
  );
}
