// The learner's study day: it starts at a local hour (default 4 a.m., as in Anki) rather than at
// midnight, so a late-night session still counts toward the evening's day. Local time comes from
// Intl.DateTimeFormat, which knows each zone's offsets and DST history; no extra library.

const DAY_MS = 86_400_000;

type LocalDate = { year: number; month: number; day: number };
type WallTime = LocalDate & { hour: number; minute: number; second: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

// Building a formatter is slow compared with formatting, and queues call this per request.
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    // Case variants of zone names are all valid keys; a cap keeps hostile input from growing the cache.
    if (formatters.size >= 1000) formatters.clear();
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

// True when Intl knows the IANA zone name (throws RangeError otherwise).
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === "") return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function wallTime(instant: number, timeZone: string): WallTime {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  // Some engines print midnight as "24" despite h23; it is the same day's 00.
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour") % 24, minute: get("minute"), second: get("second") };
}

// Offset (local minus UTC, ms) of the zone at an instant; Intl resolves to whole seconds.
function offsetAt(instant: number, timeZone: string): number {
  const w = wallTime(instant, timeZone);
  const flooredToSecond = instant - (((instant % 1000) + 1000) % 1000);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - flooredToSecond;
}

// The instant of a local wall time. A repeated time (DST ends) resolves to its first occurrence;
// a skipped time (DST starts) resolves to the moment the clocks jumped, like Temporal's "compatible".
function localToInstant(date: LocalDate, hour: number, timeZone: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day, hour);
  // Offsets a day either side are those before and after any transition near this wall time.
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const valid = [wall - before, wall - after].filter((t) => offsetAt(t, timeZone) === wall - t);
  if (valid.length > 0) return Math.min(...valid);
  return wall - before;
}

function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function checkHour(hour: number): void {
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new RangeError(`dayStartsAtHour must be an integer 0-23, got ${hour}`);
}

// The local calendar date naming the study day that contains `now`, and that day's start.
function currentStudyDay(now: Date, timeZone: string, hour: number): { date: LocalDate; start: number } {
  checkHour(hour);
  const w = wallTime(now.getTime(), timeZone);
  let date: LocalDate = { year: w.year, month: w.month, day: w.day };
  if (w.hour < hour) date = addDays(date, -1);
  let start = localToInstant(date, hour, timeZone);
  // Only a zone that skipped a whole calendar day could land here; step back rather than start in the future.
  if (start > now.getTime()) {
    date = addDays(date, -1);
    start = localToInstant(date, hour, timeZone);
  }
  return { date, start };
}

// The instant the current study day began: the latest local `dayStartsAtHour`:00 at or before now.
export function studyDayStart(now: Date, timeZone: string, dayStartsAtHour = 4): Date {
  return new Date(currentStudyDay(now, timeZone, dayStartsAtHour).start);
}

// The instant the next study day begins (exclusive end of the current one); 23 or 25 h away across DST.
export function nextStudyDayStart(now: Date, timeZone: string, dayStartsAtHour = 4): Date {
  const { date } = currentStudyDay(now, timeZone, dayStartsAtHour);
  return new Date(localToInstant(addDays(date, 1), dayStartsAtHour, timeZone));
}

// "YYYY-MM-DD": the local date on which the current study day started, for per-day counters.
export function studyDayKey(now: Date, timeZone: string, dayStartsAtHour = 4): string {
  const { date } = currentStudyDay(now, timeZone, dayStartsAtHour);
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

// A whole number naming the study day that contains `now` (days since 1970-01-01 of its local date):
// the difference of two is the number of study days between them, as the optimizer counts delta_t.
export function studyDayNumber(now: Date, timeZone: string, dayStartsAtHour = 4): number {
  const { date } = currentStudyDay(now, timeZone, dayStartsAtHour);
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / DAY_MS);
}

// The instant the study day `days` after the current one begins (days >= 0; 0 is today's start).
export function studyDayStartAfter(now: Date, days: number, timeZone: string, dayStartsAtHour = 4): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a non-negative integer, got ${days}`);
  const { date } = currentStudyDay(now, timeZone, dayStartsAtHour);
  return new Date(localToInstant(addDays(date, days), dayStartsAtHour, timeZone));
}

// The instant the study day named by a local date ("YYYY-MM-DD", as studyDayKey gives) begins; null
// when the text is not a real date.
export function studyDayStartOn(dateKey: string, timeZone: string, dayStartsAtHour = 4): Date | null {
  checkHour(dayStartsAtHour);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateKey);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const check = new Date(Date.UTC(date.year, date.month - 1, date.day));
  if (check.getUTCFullYear() !== date.year || check.getUTCMonth() + 1 !== date.month || check.getUTCDate() !== date.day) return null;
  return new Date(localToInstant(date, dayStartsAtHour, timeZone));
}
