import { Link } from "@/components/ui/link";
import type { StudentAssignmentSummary } from "@/lib/server/assignments/student";
import { LocalTime } from "./local-time";

const statusText = { upcoming: "Opens", open: "Due", overdue: "Was due", done: "Handed in; was due" } as const;

// A student's assignments as a list of links with their dates (in the viewer's time zone).
export function AssignmentList({ assignments, showClass = true }: { assignments: readonly StudentAssignmentSummary[]; showClass?: boolean }) {
  return (
    <ul className="flex flex-col gap-2">
      {assignments.map((a) => (
        <li key={a.id} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
          <Link href={`/assignments/${a.id}`} className="tap font-semibold text-brand-700 underline dark:text-brand-100">
            {a.title}
          </Link>
          {showClass ? <span className="text-slate-700 dark:text-slate-300"> · {a.className}</span> : null}
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {statusText[a.status]}{" "}
            <LocalTime iso={(a.status === "upcoming" ? a.opensAt : a.dueAt).toISOString()} fallbackZone={a.timeZone} />
            {a.inProgressAttemptId ? " · attempt in progress" : ""}
            {a.status === "overdue" && a.lateWork === "refuse" ? " · closed" : ""}
          </p>
        </li>
      ))}
    </ul>
  );
}
