import { dashboardGroups, groupByStatus } from "@/lib/domain/classes/availability";
import type { StudentAssignmentSummary } from "@/lib/server/assignments/student";
import { AssignmentList } from "./assignment-list";

// The student's assignments on the dashboard, grouped open / overdue / upcoming / done.
export function DashboardAssignments({ assignments }: { assignments: readonly StudentAssignmentSummary[] }) {
  const groups = groupByStatus(assignments);
  return (
    <section aria-labelledby="assignments-heading" className="flex flex-col gap-4">
      <h2 id="assignments-heading" className="text-2xl font-semibold">
        Your assignments
      </h2>
      {dashboardGroups.map(({ status, title }) =>
        groups[status].length > 0 ? (
          <section key={status} aria-labelledby={`assignments-${status}`} className="flex flex-col gap-2">
            <h3 id={`assignments-${status}`} className="text-lg font-semibold">
              {title} ({groups[status].length})
            </h3>
            <AssignmentList assignments={groups[status]} />
          </section>
        ) : null,
      )}
    </section>
  );
}
