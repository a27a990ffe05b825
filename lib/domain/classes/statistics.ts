// Item statistics for an assignment, after Moodle's quiz statistics report
// (question/classes/statistics/questions/calculator.php). Notation: x = the mark on one question
// (0..1), X = the attempt's total, s = attempts that contain the question.
// - Facility index = mean(x) / max mark, as a percentage: how easy the question was.
// - Discrimination index = 100·Cov(x, X−x) / √(Var(x)·Var(X−x)): the correlation of the question
//   with the rest of the test (the question itself left out, so it does not correlate with itself).
//   Undefined (null) with fewer than two attempts or when either side does not vary.
// Students draw different random questions, so each question is computed over the attempts that
// contain it. Flags follow the usual reading: facility under 20% (too hard or mis-keyed), over 95%
// (tells nothing), or negative discrimination (strong students do worse: check the key).

export type StatItem = { questionId: string; score: number; choices: readonly number[] | null };
export type StatAttempt = { id: string; items: readonly StatItem[] };
// `options`: the labels of a choice question's options in authored order (null: not a choice question).
export type StatQuestion = { id: string; options: readonly { label: string; correct: boolean }[] | null };

export type ItemFlag = "very-hard" | "very-easy" | "negative-discrimination";
export type OptionCount = { label: string; correct: boolean; count: number };

export type ItemStatistic = {
  questionId: string;
  attempts: number;
  facility: number | null;
  discrimination: number | null;
  optionCounts: OptionCount[] | null;
  // Attempts where the question was left unanswered (choice questions only; else 0).
  unanswered: number;
  flags: ItemFlag[];
};

export const FACILITY_LOW = 20;
export const FACILITY_HIGH = 95;

const clamp01 = (v: number) => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0);
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

// Pearson correlation × 100 of two equally long lists; null when undefined.
export function correlationPercent(a: readonly number[], b: readonly number[]): number | null {
  if (a.length !== b.length || a.length < 2) return null;
  const ma = mean(a);
  const mb = mean(b);
  let cov = 0;
  let va = 0;
  let vb = 0;
  for (let i = 0; i < a.length; i++) {
    const da = a[i]! - ma;
    const db = b[i]! - mb;
    cov += da * db;
    va += da * da;
    vb += db * db;
  }
  // The (s − 1) denominators of the sample covariance and variances cancel out.
  if (va < 1e-12 || vb < 1e-12) return null;
  return (100 * cov) / Math.sqrt(va * vb);
}

// The flags a question earns; none while there is nothing to judge.
export function flagsFor(facility: number | null, discrimination: number | null): ItemFlag[] {
  const flags: ItemFlag[] = [];
  if (facility !== null && facility < FACILITY_LOW) flags.push("very-hard");
  if (facility !== null && facility > FACILITY_HIGH) flags.push("very-easy");
  if (discrimination !== null && discrimination < 0) flags.push("negative-discrimination");
  return flags;
}

// Statistics for each question, in the order of `questions`.
export function itemStatistics(attempts: readonly StatAttempt[], questions: readonly StatQuestion[]): ItemStatistic[] {
  const totals = new Map(attempts.map((a) => [a.id, a.items.reduce((sum, i) => sum + clamp01(i.score), 0)]));
  return questions.map((question) => {
    const rows = attempts.flatMap((a) => {
      const item = a.items.find((i) => i.questionId === question.id);
      return item ? [{ x: clamp01(item.score), total: totals.get(a.id) ?? 0, choices: item.choices }] : [];
    });
    const s = rows.length;
    const facility = s === 0 ? null : mean(rows.map((r) => r.x)) * 100;
    const discrimination = correlationPercent(rows.map((r) => r.x), rows.map((r) => r.total - r.x));
    let optionCounts: OptionCount[] | null = null;
    let unanswered = 0;
    if (question.options) {
      optionCounts = question.options.map((o) => ({ label: o.label, correct: o.correct, count: 0 }));
      for (const row of rows) {
        if (!row.choices) {
          unanswered += 1;
          continue;
        }
        for (const choice of new Set(row.choices)) {
          const slot = optionCounts[choice];
          if (slot) slot.count += 1;
        }
      }
    }
    return { questionId: question.id, attempts: s, facility, discrimination, optionCounts, unanswered, flags: flagsFor(facility, discrimination) };
  });
}

// How a flag reads in the report.
export function flagLabel(flag: ItemFlag): string {
  switch (flag) {
    case "very-hard":
      return `Facility under ${FACILITY_LOW}%`;
    case "very-easy":
      return `Facility over ${FACILITY_HIGH}%`;
    case "negative-discrimination":
      return "Negative discrimination";
  }
}
