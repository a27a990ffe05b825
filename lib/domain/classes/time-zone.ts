import { isValidTimeZone, utcMs, wallTime, wallTimeToInstant } from "@/lib/domain/time-zone";

// Assignment dates in a named time zone. Instructors type opening and due times in their own zone
// (a datetime-local field has no zone); the server stores UTC and shows each viewer their own.

// The years an assignment's dates may fall in (the form's date pickers and the schema agree).
export const MIN_ASSIGNMENT_YEAR = 2000;
export const MAX_ASSIGNMENT_YEAR = 9999;
export const assignmentDateBounds = { min: `${MIN_ASSIGNMENT_YEAR}-01-01T00:00`, max: `${MAX_ASSIGNMENT_YEAR}-12-31T23:59` } as const;

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

// The UTC instant of a datetime-local value ("2025-03-08T17:00") read in `timeZone`; null when the
// text is not such a value or names an impossible date. In the hour skipped by a DST change the
// time is moved forward by the gap (02:30 → 03:30); in the repeated hour the first one is taken.
export function zonedLocalToUtc(local: string, timeZone: string): Date | null {
  const m = LOCAL.exec(local);
  if (!m || !isValidTimeZone(timeZone)) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  const wall = { year, month, day, hour, minute, second };
  const check = new Date(utcMs(wall));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  return new Date(wallTimeToInstant(wall, timeZone));
}

// The datetime-local value ("2025-03-08T17:00") showing `instant` in `timeZone`, for form defaults.
export function utcToZonedLocal(instant: Date, timeZone: string): string {
  return new Date(utcMs(wallTime(instant.getTime(), timeZone))).toISOString().slice(0, 16);
}

// A date and time for people, in `timeZone`, naming the zone ("Sat, Mar 8, 2025, 6:00 PM CET").
export function formatInZone(instant: Date, timeZone: string, locale = "en-US"): string {
  return new Intl.DateTimeFormat(locale, { timeZone, weekday: "short", year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short" }).format(instant);
}

// The "Assign" form's starting dates in `timeZone`: opens now (to the minute), due a week from today
// at 23:59 there, as datetime-local values.
export function defaultAssignmentDates(now: Date, timeZone: string): { opensAt: string; dueAt: string } {
  const opensAt = utcToZonedLocal(now, timeZone);
  const [year, month, day] = opensAt.slice(0, 10).split("-").map(Number) as [number, number, number];
  const due = new Date(0);
  due.setUTCFullYear(year, month - 1, day + 7);
  return { opensAt, dueAt: `${due.toISOString().slice(0, 10)}T23:59` };
}
