import { dayIndexOf, type StudyDay } from "./days";

// Reviews per study day (the heatmap), the study streak, and cards due per day ahead (the forecast).
// Each is one pass over the rows with a binary search into the day list.

export type DayCount = { key: string; count: number };

// How many of `instants` fall on each of `days` (instants outside them are ignored).
export function countPerDay(days: readonly StudyDay[], instants: Iterable<Date>): DayCount[] {
  const counts = new Array<number>(days.length).fill(0);
  for (const instant of instants) {
    const i = dayIndexOf(days, instant.getTime());
    if (i >= 0) counts[i] = (counts[i] ?? 0) + 1;
  }
  return days.map((d, i) => ({ key: d.key, count: counts[i] ?? 0 }));
}

export type Streak = { current: number; longest: number; studiedToday: boolean };

// Consecutive study days with at least one review. Today not studied yet does not break the
// current streak (the day is not over), as in Anki; `perDay` is oldest first, ending today.
export function studyStreak(perDay: readonly DayCount[]): Streak {
  let longest = 0;
  let run = 0;
  for (const day of perDay) {
    run = day.count > 0 ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  const studiedToday = (perDay[perDay.length - 1]?.count ?? 0) > 0;
  let current = 0;
  for (let i = perDay.length - (studiedToday ? 1 : 2); i >= 0 && (perDay[i]?.count ?? 0) > 0; i--) current += 1;
  return { current, longest, studiedToday };
}

// Cards falling due on each of the coming `days` (the first is today); overdue cards count today.
export function dueForecast(days: readonly StudyDay[], dues: Iterable<Date>): DayCount[] {
  const counts = new Array<number>(days.length).fill(0);
  const first = days[0]?.start.getTime() ?? 0;
  for (const due of dues) {
    const i = due.getTime() < first ? 0 : dayIndexOf(days, due.getTime());
    if (i >= 0) counts[i] = (counts[i] ?? 0) + 1;
  }
  return days.map((d, i) => ({ key: d.key, count: counts[i] ?? 0 }));
}
