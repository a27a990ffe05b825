import type { ReactNode } from "react";

// One term of a description list and what it says (an assignment's due date, an attempt's status).
export function Term({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <>
      <dt className="font-medium">{label}</dt>
      <dd>{children}</dd>
    </>
  );
}
