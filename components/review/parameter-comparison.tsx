import type { OptimizeOutcome } from "@/lib/server/review/optimizer";

type Ok = Extract<OptimizeOutcome, { status: "ok" }>;
const fmt = (n: number, digits = 4) => n.toFixed(digits);

// Old and new FSRS parameters side by side, with the log loss of each on the learner's history.
export function ParameterComparison({ outcome }: { outcome: Ok }) {
  const { current, fitted } = outcome;
  return (
    <div className="flex flex-col gap-2">
      <p>
        Fitted on your earlier reviews ({outcome.items.toLocaleString("en-US")} training items of {outcome.reviews.toLocaleString("en-US")} reviews), judged on your latest
        reviews, which the fit never saw ({outcome.heldOutItems.toLocaleString("en-US")} items). Log loss there (lower is better):{" "}
        <strong>{fmt(current.logLoss)}</strong> with {current.isDefault ? "the defaults" : "your current parameters"}, <strong>{fmt(fitted.logLoss)}</strong> with the new ones.{" "}
        {outcome.improved ? "The new parameters predict your memory better." : "The new parameters do not predict your latest reviews better, so they cannot be applied."}
      </p>
      <div className="max-h-96 overflow-auto rounded-lg border border-slate-200 dark:border-slate-700">
        <table className="w-full text-sm">
          <caption className="sr-only">FSRS parameters, current and fitted</caption>
          <thead className="bg-slate-50 dark:bg-slate-800">
            <tr>
              <th scope="col" className="px-3 py-1 text-left">
                Parameter
              </th>
              <th scope="col" className="px-3 py-1 text-right">
                Current
              </th>
              <th scope="col" className="px-3 py-1 text-right">
                Fitted
              </th>
            </tr>
          </thead>
          <tbody className="font-mono">
            <tr className="border-t border-slate-200 dark:border-slate-700">
              <th scope="row" className="px-3 py-1 text-left font-sans">
                Log loss
              </th>
              <td className="px-3 py-1 text-right">{fmt(current.logLoss)}</td>
              <td className="px-3 py-1 text-right">{fmt(fitted.logLoss)}</td>
            </tr>
            <tr className="border-t border-slate-200 dark:border-slate-700">
              <th scope="row" className="px-3 py-1 text-left font-sans">
                RMSE (bins)
              </th>
              <td className="px-3 py-1 text-right">{fmt(current.rmseBins)}</td>
              <td className="px-3 py-1 text-right">{fmt(fitted.rmseBins)}</td>
            </tr>
            {fitted.weights.map((w, i) => (
              <tr key={i} className="border-t border-slate-200 dark:border-slate-700">
                <th scope="row" className="px-3 py-1 text-left font-sans">
                  w{i}
                </th>
                <td className="px-3 py-1 text-right">{current.weights[i] === undefined ? "–" : fmt(current.weights[i])}</td>
                <td className="px-3 py-1 text-right">{fmt(w)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
