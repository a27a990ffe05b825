import type { ComponentProps } from "react";
import { Button } from "./button";

// A button that says what it is doing while its action runs ("Checking…", "Saving…") with a
// spinner, at the width of the wider of its two labels, so nothing beside it moves. Both labels
// sit in one grid cell; the hidden one is `invisible`, which also keeps it out of the accessible
// name, so a screen reader hears the label shown. `aria-busy` marks the wait.

type Props = ComponentProps<typeof Button> & { pending: boolean; pendingLabel: string };

// The app's Button with a pending state.
export function PendingButton({ pending, pendingLabel, children, disabled, ...props }: Props) {
  return (
    <Button {...props} disabled={disabled || pending} aria-busy={pending || undefined}>
      <span className="grid">
        <span className={`col-start-1 row-start-1 ${pending ? "invisible" : ""}`}>{children}</span>
        <span className={`col-start-1 row-start-1 inline-flex items-center justify-center gap-2 ${pending ? "" : "invisible"}`}>
          <Spinner />
          {pendingLabel}
        </span>
      </span>
    </Button>
  );
}

// A small ring that turns (still under prefers-reduced-motion, where it pulses instead).
function Spinner() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4 shrink-0 animate-spin motion-reduce:animate-pulse" fill="none">
      <circle cx="12" cy="12" r="9" stroke="currentColor" strokeOpacity="0.3" strokeWidth="3" />
      <path d="M21 12a9 9 0 0 0-9-9" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}
