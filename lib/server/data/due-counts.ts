import "server-only";
import type { DueCounts } from "@/lib/domain/review/shaping";
import { studyDayNumber, studyDayStartAfter } from "@/lib/domain/review/study-day";
import type { ReviewSettings } from "@/lib/domain/review/settings";
import { db } from "@/lib/server/db";

// The due counts load balancing reads (lib/domain/review/shaping.ts): the learner's review cards
// due on each study day from tomorrow on. One query on the index Card(userId, suspended, due); a
// learner holds at most one card per flashcard of the article (under 200 today), so every future
// day is read at once, which lets the browser grade later days of an offline session with the same
// counts as the server.

type Client = Pick<typeof db, "card">;

// Review cards due per study day (keyed by studyDayNumber), after `now`'s study day.
// `client`: a transaction's, so the counts are read with the cards it grades.
export async function getDueCounts(userId: string, clock: Pick<ReviewSettings, "timeZone" | "dayStartsAtHour">, now: Date, client: Client = db): Promise<Record<number, number>> {
  const from = studyDayStartAfter(now, 1, clock.timeZone, clock.dayStartsAtHour);
  const rows = await client.card.findMany({ where: { userId, suspended: false, due: { gte: from }, state: "review" }, select: { due: true } });
  const counts: Record<number, number> = {};
  for (const { due } of rows) {
    const day = studyDayNumber(due, clock.timeZone, clock.dayStartsAtHour);
    counts[day] = (counts[day] ?? 0) + 1;
  }
  return counts satisfies DueCounts;
}
