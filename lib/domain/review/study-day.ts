import { wallTime, wallTimeToInstant } from "@/lib/domain/time-zone";

// The learner's study day: it starts at a local hour (default 4 a.m., as in Anki) rather than at
// midnight, so a late-night session still counts toward the evening's day. Wall clocks and DST come
// from lib/domain/time-zone.ts.

const DAY_MS = 86_400_000;

type LocalDate = { year: number; month: number; day: number };

// The instant the local `hour` of `date` begins in `timeZone`.
function localToInstant(date: LocalDate, hour: number, timeZone: string): number {
  return wallTimeToInstant({ ...date, hour, minute: 0, second: 0 }, timeZone);
}

function addDays(date: Readonly<LocalDate>, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function checkHour(hour: number): void {
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new RangeError(`dayStartsAtHour must be an integer 0-23, got ${hour}`);
}

// `startsAhead`: the starts of the study days after this one, by how many days after, as grading
// asks for them (each interval it places is counted from today). Bounded over all known days
// together, and dropped with them.
type StudyDay = { date: LocalDate; start: number; end: number; startsAhead: Map<number, number> };
const STARTS_AHEAD_CAP = 100_000;
let startsAheadCount = 0;

// Study days already worked out, per zone and day-start hour, filed under each UTC day they
// overlap: grading asks for the day of the same few instants' neighbours many times, and each
// answer from Intl costs several formatToParts calls.
const knownDays = new Map<string, Map<number, StudyDay[]>>();
const KNOWN_DAYS_CAP = 5_000;
let knownDaysCount = 0;

// The local calendar date naming the study day that contains `now`, and that day's start.
// Not to be changed by the caller: a known day is shared.
function currentStudyDay(now: Date, timeZone: string, hour: number): Readonly<{ date: Readonly<LocalDate>; start: number; startsAhead?: Map<number, number> }> {
  checkHour(hour);
  const t = now.getTime();
  const zone = `${timeZone}|${hour}`;
  const days = knownDays.get(zone);
  const known = days?.get(Math.floor(t / DAY_MS))?.find((d) => d.start <= t && t < d.end);
  if (known) return known;
  const found = findStudyDay(now, timeZone, hour);
  remember(zone, found, timeZone, hour);
  return found;
}

// Files the study day that starts at `day.start` once its end is known and checked: the day of the
// last millisecond before the next day's start is this one (days only move forward, so every instant
// between has it too), and the next day starts there.
function remember(zone: string, day: { date: LocalDate; start: number }, timeZone: string, hour: number): void {
  const end = localToInstant(addDays(day.date, 1), hour, timeZone);
  if (!(end > day.start)) return;
  const last = findStudyDay(new Date(end - 1), timeZone, hour);
  const next = findStudyDay(new Date(end), timeZone, hour);
  if (last.start !== day.start || next.start !== end) return;
  if (knownDaysCount >= KNOWN_DAYS_CAP) {
    knownDays.clear();
    knownDaysCount = 0;
    startsAheadCount = 0;
  }
  let days = knownDays.get(zone);
  if (!days) knownDays.set(zone, (days = new Map()));
  const entry = { date: { ...day.date }, start: day.start, end, startsAhead: new Map<number, number>() };
  for (let bucket = Math.floor(day.start / DAY_MS); bucket <= Math.floor((end - 1) / DAY_MS); bucket++) days.set(bucket, [...(days.get(bucket) ?? []), entry]);
  knownDaysCount += 1;
}

function findStudyDay(now: Date, timeZone: string, hour: number): { date: LocalDate; start: number } {
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

// The current study day's start, and the start and end of the study day `days` after it (days >= 0),
// from one look-up of the current day: grading places each interval this way, four times a grade.
export function studyDaysAhead(now: Date, days: number, timeZone: string, dayStartsAtHour = 4): { todayStart: number; start: number; end: number } {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a non-negative integer, got ${days}`);
  const today = currentStudyDay(now, timeZone, dayStartsAtHour);
  return { todayStart: today.start, start: startAhead(today, days, timeZone, dayStartsAtHour), end: startAhead(today, days + 1, timeZone, dayStartsAtHour) };
}

// The start of the study day `days` after `today`, remembered with a known day.
function startAhead(today: ReturnType<typeof currentStudyDay>, days: number, timeZone: string, hour: number): number {
  const known = today.startsAhead?.get(days);
  if (known !== undefined) return known;
  const start = localToInstant(addDays(today.date, days), hour, timeZone);
  if (today.startsAhead && startsAheadCount < STARTS_AHEAD_CAP) {
    today.startsAhead.set(days, start);
    startsAheadCount += 1;
  }
  return start;
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
