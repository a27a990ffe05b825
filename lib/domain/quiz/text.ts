// Text comparison for typed answers: normalisation and typo distance. Locale-independent on
// purpose, so the server, the tests and any machine grade the same text the same way.

// Letters NFKD leaves whole although readers treat them as accented or ligatured forms.
const FOLDS: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i" };

// Folds text to the form compared when grading: NFKD, no diacritics, lower case, no punctuation
// (deleted, so "U.S." = "US" and "O'Neil" = "ONeil"), whitespace collapsed and trimmed.
export function normalizeAnswerText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => FOLDS[c] ?? c)
    .replace(/\p{P}+/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
}

// Optimal-string-alignment Damerau-Levenshtein distance over code points: insertions, deletions,
// substitutions and adjacent transpositions each cost 1 (the typos people actually make).
export function damerauLevenshtein(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  let before: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? Infinity) + 1, (current[j - 1] ?? Infinity) + 1, (previous[j - 1] ?? Infinity) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, (before[j - 2] ?? Infinity) + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[t.length] ?? Infinity;
}

// Shortest expected word that may carry a typo: in shorter words one letter often makes another
// word ("cast"/"case"), and numbers are never forgiven since one digit is a different answer.
export const MIN_TYPO_WORD_LETTERS = 6;

function typoForgivable(expected: string, given: string): boolean {
  if (/\p{N}/u.test(expected) || /\p{N}/u.test(given)) return false;
  return Array.from(expected).length >= MIN_TYPO_WORD_LETTERS && damerauLevenshtein(expected, given) === 1;
}

// How a normalised answer compares with one normalised accepted answer.
export function compareTyped(expected: string, given: string): "exact" | "typo" | "wrong" {
  if (given === "" || expected === "") return "wrong";
  if (given === expected) return "exact";
  const want = expected.split(" ");
  const got = given.split(" ");
  if (want.length !== got.length) return "wrong";
  return want.every((word, i) => word === got[i] || typoForgivable(word, got[i] ?? "")) ? "typo" : "wrong";
}
