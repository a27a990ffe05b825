import { nextStudyDayStart, studyDayKey, studyDayStart } from "@/lib/domain/review/study-day";

// The learner's study days as instants, for bucketing reviews and due dates by day. A study day
// starts at the learner's day-start hour in their zone, so days are 23, 24 or 25 hours long across
// DST changes: boundaries are computed day by day, never as "start + n × 24 h".

export type StudyDay = { key: string; start: Date; end: Date };

// The last `count` study days, oldest first; the last one is the day containing `now`.
export function pastStudyDays(now: Date, timeZone: string, dayStartsAtHour: number, count: number): StudyDay[] {
  const days: StudyDay[] = [];
  let end = nextStudyDayStart(now, timeZone, dayStartsAtHour);
  let start = studyDayStart(now, timeZone, dayStartsAtHour);
  for (let i = 0; i < count; i++) {
    days.push({ key: studyDayKey(start, timeZone, dayStartsAtHour), start, end });
    end = start;
    start = studyDayStart(new Date(start.getTime() - 1), timeZone, dayStartsAtHour);
  }
  return days.reverse();
}

// The next `count` study days, starting with the one containing `now`.
export function nextStudyDays(now: Date, timeZone: string, dayStartsAtHour: number, count: number): StudyDay[] {
  const days: StudyDay[] = [];
  let start = studyDayStart(now, timeZone, dayStartsAtHour);
  for (let i = 0; i < count; i++) {
    const end = nextStudyDayStart(start, timeZone, dayStartsAtHour);
    days.push({ key: studyDayKey(start, timeZone, dayStartsAtHour), start, end });
    start = end;
  }
  return days;
}

// The index of the day holding `instant` in consecutive `days` (binary search), or -1 outside them.
export function dayIndexOf(days: readonly StudyDay[], instant: number): number {
  let lo = 0;
  let hi = days.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const day = days[mid];
    if (!day) return -1;
    if (instant < day.start.getTime()) hi = mid - 1;
    else if (instant >= day.end.getTime()) lo = mid + 1;
    else return mid;
  }
  return -1;
}
