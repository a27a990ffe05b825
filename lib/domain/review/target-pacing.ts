// Pacing the never-studied cards of a target: introduced evenly over the study days left before the
// date (today included, the date itself not: a card learnt on the date is not remembered on it), on
// top of the ordinary new-card limit and within a cap the learner sees and can change.

export type PacingInput = {
  // Cards of the material the learner has never studied.
  unseen: number;
  // Study days from today to the date (0: the date is today; negative: it has passed).
  daysUntil: number;
  // The learner's cap on target cards introduced per day.
  cap: number;
};

export type Pacing =
  | { status: "done" | "passed"; perDay: 0; message: null }
  | { status: "on-track"; perDay: number; message: null }
  | { status: "unreachable"; perDay: number; message: string };

const cards = (n: number) => `${n} new card${n === 1 ? "" : "s"}`;

// How many unseen target cards a day meet the date, and a plain sentence when the cap cannot.
export function paceUnseenCards({ unseen, daysUntil, cap }: PacingInput): Pacing {
  if (daysUntil < 0) return { status: "passed", perDay: 0, message: null };
  if (unseen <= 0) return { status: "done", perDay: 0, message: null };
  if (daysUntil === 0) {
    return { status: "unreachable", perDay: unseen, message: `The date is today: ${cards(unseen)} cannot be learnt in time. Move the date to meet this target.` };
  }
  const perDay = Math.ceil(unseen / daysUntil);
  if (perDay <= cap) return { status: "on-track", perDay, message: null };
  return {
    status: "unreachable",
    perDay,
    message: `Add ${cards(perDay)} a day to meet this target: your cap is ${cap} a day, and ${cards(unseen)} are left for ${daysUntil} day${daysUntil === 1 ? "" : "s"}.`,
  };
}

// Unseen target cards to introduce today: the paced number (never above the cap) less those already
// introduced today.
export function targetCardsDueToday(pacing: Pacing, cap: number, introducedToday: number): number {
  if (pacing.status === "done" || pacing.status === "passed") return 0;
  return Math.max(0, Math.min(pacing.perDay, cap) - Math.max(0, introducedToday));
}
