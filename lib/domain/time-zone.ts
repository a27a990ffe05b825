// Wall-clock times in named IANA time zones, for study days (a learner's day starts at a local
// hour) and assignment dates (an instructor types local times). Intl.DateTimeFormat knows each
// zone's offsets and DST history; no extra library. Everything here is the one implementation of
// reading a wall clock and of turning a local time into an instant, DST gaps and overlaps included.

export type WallTime = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

// Building a formatter is slow compared with formatting, and queues call this per request.
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
    // Case variants of zone names are all valid keys; a cap keeps hostile input from growing the cache.
    if (formatters.size >= 1000) formatters.clear();
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

// Whether `timeZone` is an IANA zone this runtime knows ("Europe/Paris", "UTC"); Intl throws a
// RangeError for any other name.
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === "" || timeZone.length > 64) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

// Whether two zone names are the same zone ("Etc/UTC" and "UTC" are); an unknown name matches nothing.
export function sameTimeZone(a: string, b: string): boolean {
  if (!isValidTimeZone(a) || !isValidTimeZone(b)) return false;
  return formatterFor(a).resolvedOptions().timeZone === formatterFor(b).resolvedOptions().timeZone;
}

// Date.UTC with the year kept as given: Date.UTC reads years 0-99 as 1900-1999.
export function utcMs({ year, month, day, hour, minute, second }: WallTime): number {
  return new Date(0).setUTCFullYear(year, month - 1, day) + ((hour * 60 + minute) * 60 + second) * 1000;
}

// The wall clock in `timeZone` at `instant` (milliseconds).
export function wallTime(instant: number, timeZone: string): WallTime {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  // Some engines print midnight as "24" despite h23; it is the same day's 00.
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour") % 24, minute: get("minute"), second: get("second") };
}

// The zone's offset from UTC at `instant`, in milliseconds (Paris in winter: +3 600 000). Intl
// resolves to whole seconds.
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const flooredToSecond = instant - (((instant % 1000) + 1000) % 1000);
  return utcMs(wallTime(instant, timeZone)) - flooredToSecond;
}

// The instant of a local wall time in `timeZone`. A repeated time (DST ends) resolves to its first
// occurrence; a skipped time (DST starts) keeps the offset before the jump (02:30 → 03:30), like
// Temporal's "compatible".
export function wallTimeToInstant(wall: WallTime, timeZone: string): number {
  // Pure for a zone, and called with the same few local times (study days' starts) many times per
  // grade: remembered, since each answer costs up to four formatToParts calls.
  const key = `${timeZone}|${wall.year}|${wall.month}|${wall.day}|${wall.hour}|${wall.minute}|${wall.second}`;
  const known = instants.get(key);
  if (known !== undefined) return known;
  const instant = findInstant(wall, timeZone);
  if (instants.size >= 10_000) instants.clear();
  instants.set(key, instant);
  return instant;
}

const instants = new Map<string, number>();

function findInstant(wall: WallTime, timeZone: string): number {
  const asUtc = utcMs(wall);
  // Offsets a day either side are those before and after any transition near this wall time.
  const before = asUtc - zoneOffsetMs(asUtc - DAY_MS, timeZone);
  const after = asUtc - zoneOffsetMs(asUtc + DAY_MS, timeZone);
  const valid = [before, after].filter((t) => utcMs(wallTime(t, timeZone)) === asUtc);
  return valid.length > 0 ? Math.min(...valid) : before;
}
