import { LocalTime } from "@/components/classes/local-time";

// An assignment's opening, due date and time limit, as terms of a description list (the student's
// and the instructor's assignment pages both show them).
export function AssignmentTimes({ assignment: a }: { assignment: { opensAt: Date; dueAt: Date; timeZone: string; timeLimitSeconds: number | null } }) {
  return (
    <>
      <dt className="font-medium">Opens</dt>
      <dd>
        <LocalTime iso={a.opensAt.toISOString()} fallbackZone={a.timeZone} />
      </dd>
      <dt className="font-medium">Due</dt>
      <dd>
        <LocalTime iso={a.dueAt.toISOString()} fallbackZone={a.timeZone} />
      </dd>
      <dt className="font-medium">Time limit</dt>
      <dd>{a.timeLimitSeconds ? `${Math.round(a.timeLimitSeconds / 60)} minutes` : "None"}</dd>
    </>
  );
}
