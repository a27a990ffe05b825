// Human-readable figures for quiz pages.

// A duration such as "45 s", "3 min 20 s" or "1 h 5 min" (seconds dropped past an hour).
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(Number.isFinite(totalSeconds) ? totalSeconds : 0));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = s % 60;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  if (minutes > 0) return seconds > 0 ? `${minutes} min ${seconds} s` : `${minutes} min`;
  return `${seconds} s`;
}

// A percentage rounded to a whole number for display, e.g. 66.67 → "67%".
export function formatPercent(percent: number): string {
  return `${Math.round(Number.isFinite(percent) ? percent : 0)}%`;
}
