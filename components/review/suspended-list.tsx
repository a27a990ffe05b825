"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { cardAction } from "@/lib/server/actions/review";
import type { SuspendedCardView } from "@/lib/server/review/card-actions";

// The learner's suspended cards (leeches among them), each with an Unsuspend button.
export function SuspendedList({ cards }: { cards: SuspendedCardView[] }) {
  const router = useRouter();
  const [message, setMessage] = useState("");
  const [pending, startTransition] = useTransition();
  const unsuspend = (card: SuspendedCardView) =>
    startTransition(async () => {
      const result = await cardAction("unsuspend", { cardId: card.cardId, expectedVersion: card.version });
      setMessage(result.message);
      router.refresh();
    });
  return (
    <div className="flex flex-col gap-2">
      <p role="status" aria-live="polite" className="min-h-6 text-sm">
        {message}
      </p>
      {cards.length === 0 ? (
        <p>No suspended cards.</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {cards.map((card) => (
            <li key={card.cardId} className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
              <span>
                {card.front}{" "}
                <span className="text-sm text-slate-600 dark:text-slate-400">
                  ({card.sectionTitle}
                  {card.leech ? `; leech, ${card.lapses} lapses` : ""})
                </span>
              </span>
              <button
                type="button"
                disabled={pending}
                onClick={() => unsuspend(card)}
                aria-label={`Unsuspend: ${card.front}`}
                className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
              >
                Unsuspend
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
