import fc from "fast-check";
import { deepMap, mutate, pathsOf, stringify, weirdStrings, type Op } from "./arbitraries";

// Inputs of the RIGHT shape with awkward values: each of a valid sample's fields swapped for an edge
// value of the same type (boundary numbers, unicode and NUL in strings, far-off and DST-gap dates,
// odd time zones, empty lists, a removed optional field). Most still pass the schema, which is the
// point: they reach the database and the domain code, where a 500 would hide.

const edgeStrings = [
  ...weirdStrings.filter((s) => s.length < 500),
  "0000-01-01T00:00:00Z",
  "0001-01-01T00:00:00Z",
  "0001-01-01T00:00",
  "0050-06-01T12:00",
  "9999-12-31T23:59:59.999Z",
  "1969-12-31T23:59:59-12:00",
  "2026-03-29T02:30",
  "2026-10-25T02:30",
  "2026-02-29T10:00",
  "2028-02-29T10:00",
  "2026-12-31T24:00",
  "Etc/GMT+12",
  "Etc/GMT-14",
  "Pacific/Kiritimati",
  "Asia/Kathmandu",
  "America/St_Johns",
  "utc",
  "EST5EDT",
  "hsi",
  "a",
  "a-b",
  "x".repeat(80),
  "x".repeat(128),
];

const edgeNumber = fc.oneof(fc.constantFrom(0, 1, 2, 3, 19, 20, 21, 49, 50, 51, 99, 100, 101, 0.1, 0.5, 179.9, 180, 600, 999, 3_599_999, 3_600_000, 2 ** 31 - 1, 2 ** 31, 2 ** 32, Number.MAX_SAFE_INTEGER), fc.integer({ min: -2, max: 1_000 }));

// Spellings of a valid string that a lenient schema may still accept (case, padding, separators).
const variants = (s: string) => [s, s.toUpperCase(), s.toLowerCase(), ` ${s} `, `\t${s}\n`, s.replace(/-/g, " "), s.replace(/-/g, ""), `${s}\u0000`, `\u200b${s}`];

function sameTypeEdge(value: unknown): fc.Arbitrary<unknown> {
  if (typeof value === "string") return fc.oneof(fc.constantFrom(...edgeStrings), fc.constantFrom(...variants(value)));
  if (typeof value === "number") return edgeNumber;
  if (typeof value === "boolean") return fc.constant(!value);
  if (Array.isArray(value)) return fc.constantFrom<unknown>([], [...value, ...value], value.slice(0, 1), [...value].reverse());
  return fc.constant(value);
}

const at = (sample: unknown, path: (string | number)[]) => path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], sample);

// A body (as text) shaped like `sample` with edge values; callers keep only those the schema accepts.
export function edgeBodyArbitrary(sample: Record<string, unknown>): fc.Arbitrary<string> {
  const paths = pathsOf(sample).filter((p) => p.length > 0);
  const oneField = fc.constantFrom(...paths).chain((path) =>
    fc.oneof(
      sameTypeEdge(at(sample, path)).map<Op>((value) => ({ kind: "replace", value })),
      fc.constant<Op>({ kind: "delete" }),
    ).map((op) => stringify(mutate(sample, path, op))),
  );
  const everyString = fc.constantFrom(...edgeStrings).map((s) => stringify(deepMap(sample, (v) => (typeof v === "string" ? s : v))));
  return fc.oneof({ weight: 6, arbitrary: oneField }, { weight: 1, arbitrary: everyString }, { weight: 1, arbitrary: fc.constant(stringify(sample)) });
}

// A query string shaped like `sample` with edge values.
export function edgeQueryArbitrary(sample: Record<string, unknown>): fc.Arbitrary<string> {
  return fc
    .record(Object.fromEntries(Object.keys(sample).map((k) => [k, fc.option(fc.oneof(fc.constantFrom(...edgeStrings), edgeNumber.map(String)), { nil: undefined })])))
    .map((record) => `?${new URLSearchParams(Object.entries(record).filter((e): e is [string, string] => e[1] !== undefined))}`);
}
