import { TableHead } from "@/components/ui/table-head";
import type { OptimizeOutcome } from "@/lib/server/review/optimizer";

type Ok = Extract<OptimizeOutcome, { status: "ok" }>;
const fmt = (n: number, digits = 4) => n.toFixed(digits);

// Old and new FSRS parameters side by side, with the log loss of each on the learner's history.
export function ParameterComparison({ outcome }: { outcome: Ok }) {
  const { current, fitted } = outcome;
  const rows: [string, number | undefined, number][] = [
    ["Log loss", current.logLoss, fitted.logLoss],
    ["RMSE (bins)", current.rmseBins, fitted.rmseBins],
    ...fitted.weights.map((w, i): [string, number | undefined, number] => [`w${i}`, current.weights[i], w]),
  ];
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
          <TableHead className="bg-slate-50 dark:bg-slate-800" cellClassName="px-3 py-1" columns={["Parameter", { label: "Current", numeric: true }, { label: "Fitted", numeric: true }]} />
          <tbody className="font-mono">
            {rows.map(([label, was, now]) => (
              <tr key={label} className="border-t border-slate-200 dark:border-slate-700">
                <th scope="row" className="px-3 py-1 text-left font-sans">
                  {label}
                </th>
                <td className="px-3 py-1 text-right">{was === undefined ? "–" : fmt(was)}</td>
                <td className="px-3 py-1 text-right">{fmt(now)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
