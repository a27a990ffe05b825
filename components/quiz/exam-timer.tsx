"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";

// The exam's countdown. The server enforces the deadline; this only shows it, warns once a minute
// is left, and opens the results when time runs out (the server grades what was saved).

const clock = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;

// Counts down from the seconds the server computed when it rendered the page.
export function ExamTimer({ secondsLeft, resultsHref }: { secondsLeft: number; resultsHref: string }) {
  const router = useRouter();
  const [endsAt] = useState(() => Date.now() + secondsLeft * 1000);
  const [left, setLeft] = useState(secondsLeft);
  useEffect(() => {
    const tick = setInterval(() => setLeft(Math.max(0, Math.ceil((endsAt - Date.now()) / 1000))), 250);
    return () => clearInterval(tick);
  }, [endsAt]);
  useEffect(() => {
    if (left > 0) return;
    const go = setTimeout(() => router.push(resultsHref), 1500);
    return () => clearTimeout(go);
  }, [left, router, resultsHref]);
  const warning = left === 0 ? "Time is up. Opening your results…" : left <= 60 ? "Less than a minute left." : "";
  return (
    <div className="flex flex-col items-end">
      <p className={`font-mono text-lg ${left <= 60 ? "text-red-700 dark:text-red-400" : ""}`}>
        Time left: <span role="timer">{clock(left)}</span>
      </p>
      <p role="status" aria-live="assertive" className="text-sm font-medium text-red-700 dark:text-red-400">
        {warning}
      </p>
    </div>
  );
}
