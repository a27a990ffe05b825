// Wall-clock times in a named time zone. Instructors type opening and due times in their own zone
// (a datetime-local field has no zone); the server stores UTC and shows each viewer their own.

// The years an assignment's dates may fall in (the form's date pickers and the schema agree).
export const MIN_ASSIGNMENT_YEAR = 2000;
export const MAX_ASSIGNMENT_YEAR = 9999;
export const assignmentDateBounds = { min: `${MIN_ASSIGNMENT_YEAR}-01-01T00:00`, max: `${MAX_ASSIGNMENT_YEAR}-12-31T23:59` } as const;

// Whether `timeZone` is an IANA zone this runtime knows ("Europe/Paris", "UTC").
export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone || timeZone.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

const partsFormatter = (timeZone: string) =>
  new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });

// The wall-clock reading of `instant` in `timeZone`, as if it were UTC (milliseconds).
function wallClockMs(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(partsFormatter(timeZone).formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return utcMs(Number(parts.year), Number(parts.month), Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
}

// Date.UTC with the year kept as given: Date.UTC reads years 0-99 as 1900-1999.
function utcMs(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  return new Date(0).setUTCFullYear(year, month - 1, day) + ((hour * 60 + minute) * 60 + second) * 1000;
}

// The zone's offset from UTC at `instant`, in milliseconds (Paris in winter: +3 600 000).
export function zoneOffsetMs(instant: number, timeZone: string): number {
  return wallClockMs(instant, timeZone) - Math.floor(instant / 1000) * 1000;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

// The UTC instant of a datetime-local value ("2025-03-08T17:00") read in `timeZone`; null when the
// text is not such a value or names an impossible date. In the hour skipped by a DST change the
// time is moved forward by the gap (02:30 → 03:30); in the repeated hour the first one is taken.
export function zonedLocalToUtc(local: string, timeZone: string): Date | null {
  const m = LOCAL.exec(local);
  if (!m || !isValidTimeZone(timeZone)) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  const asUtc = utcMs(year, month, day, hour, minute, second);
  const check = new Date(asUtc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  // The zone's offsets a day either side bracket any DST change: a wall time in the overlap matches
  // both (the earlier instant wins); one in the gap matches neither and keeps the offset before it.
  const DAY = 86_400_000;
  const before = asUtc - zoneOffsetMs(asUtc - DAY, timeZone);
  const after = asUtc - zoneOffsetMs(asUtc + DAY, timeZone);
  const matching = [before, after].filter((t) => wallClockMs(t, timeZone) === asUtc).sort((a, b) => a - b);
  return new Date(matching[0] ?? before);
}

// The datetime-local value ("2025-03-08T17:00") showing `instant` in `timeZone`, for form defaults.
export function utcToZonedLocal(instant: Date, timeZone: string): string {
  return new Date(wallClockMs(instant.getTime(), timeZone)).toISOString().slice(0, 16);
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
