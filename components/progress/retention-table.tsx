import { formatPercent } from "@/lib/domain/format";
import type { TrueRetention } from "@/lib/domain/progress/retention";
import { TableHead } from "@/components/ui/table-head";

const pct = (rate: number | null) => (rate === null ? "–" : formatPercent(rate * 100));

// True retention over the last 30 days, young and mature cards apart (Anki's table).
export function RetentionTable({ retention, desired }: { retention: TrueRetention; desired: number }) {
  const rows = [
    { label: "Young (interval under 21 days)", bucket: retention.young },
    { label: "Mature (21 days or more)", bucket: retention.mature },
    { label: "All review cards", bucket: retention.all },
  ];
  return (
    <table className="w-full max-w-2xl text-left">
      <caption className="mb-2 text-left text-sm text-slate-600 dark:text-slate-400">
        Share of reviews of graduated cards you recalled (Hard, Good or Easy), first review per card per day. Your desired retention is {pct(desired)}.
      </caption>
      <TableHead columns={["Cards", { label: "Recalled", numeric: true }, { label: "Reviews", numeric: true }, { label: "Retention", numeric: true }]} />
      <tbody>
        {rows.map((r) => (
          <tr key={r.label} className="border-b border-slate-100 dark:border-slate-800">
            <th scope="row" className="py-1 pr-3 font-normal">
              {r.label}
            </th>
            <td className="py-1 pr-3 text-right">{r.bucket.passed}</td>
            <td className="py-1 pr-3 text-right">{r.bucket.total}</td>
            <td className="py-1 text-right font-medium">{pct(r.bucket.rate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
