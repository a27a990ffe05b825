// Human-readable figures, the same on every page (a student's quiz result, their assignment grade
// and the gradebook's cell for it read alike).

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

// A percentage to one decimal, without a trailing ".0": 66.67 → "66.7%", 50 → "50%".
export function formatPercent(percent: number): string {
  const rounded = Math.round((Number.isFinite(percent) ? percent : 0) * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)}%`;
}
