import fc from "fast-check";
import { malformedArbitrary, weirdKey, weirdString, weirdValue } from "@/tests/api-fuzz/arbitraries";
import { edgeBodyArbitrary } from "@/tests/api-fuzz/edges";

// What the fuzzer sends server actions. Forms: fields wrong, missing, extra, sent twice, 1 MB long,
// unicode or NUL, numbers typed badly, files where text goes. Plain arguments: anything React's
// reply format can carry, which is more than JSON (undefined, NaN, Infinity, -0, BigInt, Date, Map, Set).

export type FormValue = string | Blob;
export type Entries = [string, FormValue][];
export type Fields = Record<string, string | string[]>;

export const ONE_MB = "x".repeat(1 << 20);

// Number fields typed badly: negative, past 2^31 and 2^53, past a double, NaN, blank, odd notations.
export const numberTexts = ["-1", "-0", "0", "1e309", "-1e309", "9007199254740993", "2147483648", "-2147483649", "NaN", "Infinity", "", " ", "\t\n", "0x10", "1_000", "１２", "1.5", ".5", "+3", "3abc"];

// A file where text is expected: small, empty or 1 MB.
export const fileOf = (kind: "text" | "empty" | "big"): Blob =>
  kind === "text" ? new File(["hello"], "a.txt", { type: "text/plain" }) : kind === "empty" ? new Blob([]) : new File([ONE_MB], "big.bin");

// One hostile form value.
export const formValue: fc.Arbitrary<FormValue> = fc.oneof(
  { weight: 4, arbitrary: weirdString },
  { weight: 2, arbitrary: fc.constantFrom(...numberTexts) },
  { weight: 1, arbitrary: fc.constantFrom(ONE_MB, "🙂".repeat(1 << 18), `${"e\u0301".repeat(1 << 10)}\u202E`) },
  { weight: 1, arbitrary: fc.constantFrom("text", "empty", "big").map((kind) => fileOf(kind as "text" | "empty" | "big")) },
  { weight: 1, arbitrary: weirdValue.map((v) => (typeof v === "string" ? v : String(JSON.stringify(v)))) },
);

// The fields of a form as sent: an array becomes the same field repeated (checkbox groups, multi-selects).
export const entriesOf = (fields: Record<string, unknown>): Entries => Object.entries(fields).flatMap(([k, v]) => [v].flat().map((s): [string, FormValue] => [k, typeof s === "string" ? s : String(s)]));

// The FormData an action receives.
export function toFormData(entries: Entries): FormData {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

const replaced = (sample: Entries, key: string, value: FormValue): Entries => sample.map(([k, v]) => [k, k === key ? value : v]);

// A form shaped like `sample`, broken: a field changed, left out, sent twice (the bad value first, which
// FormData.get reads), an extra field, every field the same junk, nothing at all, or random fields.
export function malformedFormArbitrary(sample: Entries): fc.Arbitrary<Entries> {
  const key = fc.constantFrom(...new Set(sample.map(([k]) => k)));
  return fc.oneof(
    { weight: 4, arbitrary: fc.tuple(key, formValue).map(([k, v]) => replaced(sample, k, v)) },
    { weight: 2, arbitrary: key.map((k) => sample.filter(([name]) => name !== k)) },
    { weight: 1, arbitrary: fc.tuple(key, formValue).map(([k, v]): Entries => [[k, v], ...sample]) },
    { weight: 1, arbitrary: fc.tuple(weirdKey, formValue).map(([k, v]): Entries => [...sample, [k, v]]) },
    { weight: 1, arbitrary: formValue.map((v) => sample.map(([k]): [string, FormValue] => [k, v])) },
    { weight: 1, arbitrary: fc.constant<Entries>([]) },
    { weight: 1, arbitrary: fc.array(fc.tuple(fc.oneof(key, weirdKey), formValue), { maxLength: 6 }) },
  );
}

// A form of the right shape with awkward values (tests/api-fuzz/edges.ts), a number field typed oddly, or
// an unexpected extra field.
export function edgeFormArbitrary(sample: Fields): fc.Arbitrary<Entries> {
  const entries = entriesOf(sample);
  return fc.oneof(
    { weight: 4, arbitrary: edgeBodyArbitrary(sample).map((text) => entriesOf(JSON.parse(text) as Record<string, unknown>)) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...Object.keys(sample)), fc.constantFrom(...numberTexts, "1", "2", "20", "50", "51", "100", "0.97", "0.7")).map(([k, v]) => replaced(entries, k, v)) },
    { weight: 1, arbitrary: fc.tuple(weirdKey, fc.oneof(weirdString, fc.constantFrom(...numberTexts))).map(([k, v]): Entries => [...entries, [k, v]]) },
  );
}

// Values no argument should take at face value.
export const argValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: weirdValue },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(undefined, Number.NaN, Infinity, -Infinity, -0, 2n ** 64n, new Date(Number.NaN), new Date(8.64e15), new Map([["cardId", "x"]]), new Set([1]), ONE_MB, { cardId: ONE_MB }, Object.create(null)),
  },
);

// Arguments shaped like `sample`, broken anywhere (a non-array becomes the only argument), or any arguments at all.
export function malformedArgsArbitrary(sample: unknown[]): fc.Arbitrary<unknown[]> {
  return fc.oneof(
    { weight: 5, arbitrary: malformedArbitrary(sample, argValue).map((v) => (Array.isArray(v) ? v : [v])) },
    { weight: 1, arbitrary: fc.array(argValue, { maxLength: 4 }) },
  );
}

// Arguments of the right shape with awkward values.
export function edgeArgsArbitrary(sample: unknown[]): fc.Arbitrary<unknown[]> {
  return edgeBodyArbitrary({ args: sample }).map((text) => (JSON.parse(text) as { args?: unknown[] }).args ?? []);
}

// A short, printable account of what was sent, for failure messages.
export function preview(sent: Entries | unknown[], form: boolean): string {
  const cut = (s: string) => (s.length > 200 ? `${JSON.stringify(s.slice(0, 200))}… (${s.length} chars)` : JSON.stringify(s));
  if (form) return (sent as Entries).map(([k, v]) => `${cut(k)}=${typeof v === "string" ? cut(v) : `<${v.constructor.name} ${v.size} B>`}`).join(" & ") || "(empty form)";
  const text = fc.stringify(sent);
  return text.length > 600 ? `${text.slice(0, 600)}… (${text.length} chars)` : text;
}

// A copy of `values` that fast-check prints as `text()` (its counterexamples would otherwise hold 1 MB strings).
export function printable<T>(values: T[], text: () => string): T[] {
  return Object.defineProperty([...values], fc.toStringMethod, { value: text, enumerable: false });
}
