import { LocalTime } from "@/components/classes/local-time";
import { Term } from "@/components/ui/term";

// An assignment's opening, due date and time limit, as terms of a description list (the student's
// and the instructor's assignment pages both show them).
export function AssignmentTimes({ assignment: a }: { assignment: { opensAt: Date; dueAt: Date; timeZone: string; timeLimitSeconds: number | null } }) {
  return (
    <>
      <Term label="Opens">
        <LocalTime iso={a.opensAt.toISOString()} fallbackZone={a.timeZone} />
      </Term>
      <Term label="Due">
        <LocalTime iso={a.dueAt.toISOString()} fallbackZone={a.timeZone} />
      </Term>
      <Term label="Time limit">{a.timeLimitSeconds ? `${Math.round(a.timeLimitSeconds / 60)} minutes` : "None"}</Term>
    </>
  );
}
