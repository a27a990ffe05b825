import { describe, expect, it, vi } from "vitest";

// Study days and local times are remembered once worked out (study-day.ts, time-zone.ts): the
// answers must be those of a fresh module that remembers nothing, whatever order the instants come
// in, across DST changes, a half-hour DST, a 45-minute zone and the calendar day Samoa skipped.

type StudyDayModule = typeof import("@/lib/domain/review/study-day");

const HOUR = 3_600_000;
const ZONES: [zone: string, from: string][] = [
  ["America/New_York", "2026-03-07T00:00:00Z"],
  ["America/New_York", "2026-10-31T00:00:00Z"],
  ["Europe/Berlin", "2026-03-28T00:00:00Z"],
  ["Australia/Lord_Howe", "2026-04-04T00:00:00Z"],
  ["Asia/Kathmandu", "2026-06-01T00:00:00Z"],
  ["Pacific/Apia", "2011-12-28T00:00:00Z"],
  ["UTC", "2026-01-01T00:00:00Z"],
];

async function freshModule(): Promise<StudyDayModule> {
  vi.resetModules();
  return import("@/lib/domain/review/study-day");
}

const answers = (m: StudyDayModule, now: Date, zone: string, hour: number) => [
  m.studyDayStart(now, zone, hour).toISOString(),
  m.nextStudyDayStart(now, zone, hour).toISOString(),
  m.studyDayKey(now, zone, hour),
  m.studyDayNumber(now, zone, hour),
  m.studyDayStartAfter(now, 3, zone, hour).toISOString(),
];

describe("remembered study days", () => {
  for (const [zone, from] of ZONES) {
    it(`answers as a module that remembers nothing (${zone} from ${from})`, async () => {
      // Every 37 minutes over four days, for day starts at 0, 1, 2 and 4 a.m.
      const instants = Array.from({ length: Math.floor((96 * 60) / 37) }, (_, i) => new Date(Date.parse(from) + i * 37 * 60_000));
      const hours = [0, 1, 2, 4];
      const forward = await freshModule();
      const inOrder = hours.flatMap((hour) => instants.map((now) => answers(forward, now, zone, hour)));
      const backward = await freshModule();
      const reversed = hours.flatMap((hour) => [...instants].reverse().map((now) => answers(backward, now, zone, hour)).reverse());
      expect(reversed).toEqual(inOrder);
      // A sample, each asked of a module that has seen nothing else.
      for (const i of [0, 5, 17, 40, 41, 77, instants.length - 1]) {
        const now = instants[i]!;
        for (const hour of hours) expect(answers(await freshModule(), now, zone, hour)).toEqual(inOrder[hours.indexOf(hour) * instants.length + i]);
      }
      // The last millisecond of a day and the first of the next, once the day is remembered.
      const start = forward.studyDayStart(instants[10]!, zone, 4).getTime();
      const next = forward.nextStudyDayStart(instants[10]!, zone, 4).getTime();
      expect(forward.studyDayStart(new Date(next - 1), zone, 4).getTime()).toBe(start);
      expect(forward.studyDayStart(new Date(next), zone, 4).getTime()).toBe(next);
      expect(next - start).toBeGreaterThanOrEqual(22 * HOUR);
    });
  }
});
