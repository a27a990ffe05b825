"use client";

import { useActionState } from "react";
import { applyParametersAction, optimizeAction, type OptimizeState } from "@/lib/server/actions/review";
import { Button } from "@/components/ui/button";
import { ParameterComparison } from "./parameter-comparison";

const initial: OptimizeState = { outcome: null, applied: null, message: "" };

// "Optimize my parameters": run the optimizer, compare old and new, apply on confirmation.
export function OptimizerPanel({ available, reason, reviews, needed, customWeights }: { available: boolean; reason: string | null; reviews: number; needed: number; customWeights: boolean }) {
  const [result, optimize, optimizing] = useActionState(optimizeAction, initial);
  const [applied, apply, applying] = useActionState(applyParametersAction, initial);
  const outcome = result.outcome;
  // A result already applied (or reset) is not offered again.
  const showResult = outcome?.status === "ok" && !applied.applied;

  return (
    <div className="flex flex-col gap-4">
      <p>
        {customWeights ? "Your reviews are scheduled with parameters fitted to your own history." : "Your reviews are scheduled with the FSRS default parameters."} You have{" "}
        {reviews.toLocaleString("en-US")} review{reviews === 1 ? "" : "s"}; the optimizer needs at least {needed} to fit parameters reliably.
      </p>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        The optimizer (fsrs-rs) learns from cards reviewed on at least two different days: with fewer than 8 such reviews it keeps the defaults, and under 64 it
        adjusts only the first four parameters. Changing the parameters applies to your future reviews.
      </p>
      {!available ? (
        <p role="note" className="rounded-lg border border-amber-400 bg-amber-50 p-3 text-amber-950 dark:bg-amber-950 dark:text-amber-50">
          The optimizer is not available on this server{reason ? ` (${reason})` : ""}. Your cards keep using their current parameters.
        </p>
      ) : (
        <form action={optimize}>
          <Button type="submit" disabled={optimizing || reviews < needed}>
            {optimizing ? "Optimizing…" : "Optimize my parameters"}
          </Button>
        </form>
      )}
      <div role="status" aria-live="polite" className="flex flex-col gap-3">
        {outcome && outcome.status !== "ok" ? (
          <p>
            {outcome.status === "not-enough"
              ? `Not enough reviews yet: ${outcome.reviews} of the ${outcome.needed} needed. Keep reviewing; the defaults serve you well until then.`
              : outcome.message}
          </p>
        ) : null}
        {applied.message ? <p className="text-green-800 dark:text-green-300">{applied.message}</p> : null}
      </div>
      {showResult && outcome?.status === "ok" ? (
        <div className="flex flex-col gap-3">
          <ParameterComparison outcome={outcome} />
          {outcome.improved ? (
            <form action={apply} className="flex flex-wrap gap-2">
              <input type="hidden" name="weights" value={JSON.stringify(outcome.fitted.weights)} />
              <input type="hidden" name="approval" value={outcome.approval ?? ""} />
              <Button type="submit" disabled={applying}>
                Apply my parameters
              </Button>
            </form>
          ) : null}
        </div>
      ) : null}
      {customWeights && applied.applied !== "defaults" ? (
        <form action={apply}>
          <input type="hidden" name="reset" value="defaults" />
          <Button type="submit" variant="secondary" disabled={applying}>
            Go back to the FSRS defaults
          </Button>
        </form>
      ) : null}
    </div>
  );
}
