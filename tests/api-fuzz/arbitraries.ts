import fc from "fast-check";

// Generators of hostile input: strings, numbers and shapes that break schemas, request bodies made
// by breaking a valid sample at one place (or replacing it wholesale), query strings, and ids.

// Just under parseJsonBody's 100 kB limit when sent alone, so it reaches the schema; and just over.
const NEAR_LIMIT = "a".repeat(99_000);
const OVER_LIMIT = "b".repeat(100_001);

// Strings that break naive code: empty, near the size limit, emoji, RTL, NUL, lone surrogates, paths, dates.
export const weirdStrings = [
  "",
  " ",
  "\t\n\r",
  NEAR_LIMIT,
  "🙂".repeat(2_000),
  "👩🏽‍🚀🏳️‍🌈",
  "\u202Eevil\u202C",
  "שלום عليكم",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udfff",
  "\u200b\ufeff",
  "e\u0301".repeat(60),
  "𝕏".repeat(70),
  "Ω".repeat(121),
  "../../etc/passwd",
  "..%2F..%2Fetc",
  "<script>alert(1)</script>",
  "' OR '1'='1' --",
  "%00",
  "null",
  "undefined",
  "true",
  "-1",
  "1e308",
  "NaN",
  "__proto__",
  "2025-13-45T99:99",
  "+275760-09-13T00:00:00.001Z",
  "0000-01-01T00:00",
  "9999-12-31T23:59:59.999-23:59",
];

// Strings no field should take at face value.
export const weirdString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...weirdStrings) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 64 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 64 }) },
);

// Negative, fractional, huge and unsafe numbers (JSON has no NaN or Infinity: see rawBody).
export const weirdNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(-1, 0, -0, 0.5, -0.5, 1e308, -1e308, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 2 ** 31, Number.MIN_VALUE, 1e-7, 101, 1_000, 999_999_999),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const deep = (depth: number): unknown => (depth === 0 ? 1 : [deep(depth - 1)]);
const nested = deep(2_000);

// Any value of the wrong kind: strings, numbers, null, booleans, empty or deep structures, random JSON.
export const weirdValue: fc.Arbitrary<unknown> = fc.oneof(
  weirdString,
  weirdNumber,
  fc.constantFrom<unknown>(null, true, false, [], {}, [null], { "": "" }, nested),
  fc.jsonValue({ maxDepth: 3 }),
);

// Object keys that are easy to get wrong: prototype names, empty, unicode, very long.
export const weirdKey: fc.Arbitrary<string> = fc.oneof(fc.constantFrom("__proto__", "constructor", "prototype", "", " ", "🙂", "\u0000", "id", "userId", "role", "x".repeat(5_000)), fc.string({ maxLength: 12 }));

export type Path = (string | number)[];

// Every path into `value` (the root, each key, each array element, recursively).
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => pathsOf(v, [...prefix, i]))];
  if (value && typeof value === "object") return [prefix, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
  return [prefix];
}

export type Op = { kind: "delete" } | { kind: "replace"; value: unknown } | { kind: "extra"; key: string; value: unknown };

// `sample` with one change at `path`: the value removed, replaced, or given an unexpected sibling key.
export function mutate(sample: unknown, path: Path, op: Op): unknown {
  const copy = structuredClone(sample);
  if (path.length === 0) return op.kind === "replace" ? op.value : op.kind === "extra" && copy && typeof copy === "object" && !Array.isArray(copy) ? { ...copy, [op.key]: op.value } : copy;
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy) as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (op.kind === "delete") {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (op.kind === "replace") parent[last] = op.value;
  else if (Array.isArray(parent)) parent.push(op.value);
  else Object.defineProperty(parent, op.key, { value: op.value, enumerable: true, writable: true, configurable: true });
  return copy;
}

// `value` with every leaf passed through `leaf`.
export const deepMap = (value: unknown, leaf: (v: unknown) => unknown): unknown => {
  if (Array.isArray(value)) return value.map((v) => deepMap(v, leaf));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepMap(v, leaf)]));
  return leaf(value);
};

// JSON text of `value` ("" for undefined).
export const stringify = (value: unknown) => JSON.stringify(value) ?? "";

// Request bodies as raw text: JSON that is not valid, or is too big, or has NaN/Infinity where a number goes.
function rawBody(sample: unknown): fc.Arbitrary<string> {
  const text = stringify(sample);
  const numberToken = /(?<=:)\s*-?\d+(\.\d+)?(e[+-]?\d+)?/i;
  const fixed = ["", "{", "}", "[", "{'a':1}", "undefined", "NaN", "null", "true", "0", '""', "\u0000", "\ufeff{}", '{"a":1,}', `${text}${text}`, text.slice(0, -1), `${text}garbage`, OVER_LIMIT, stringify({ ...(sample as object), pad: OVER_LIMIT }), `"${NEAR_LIMIT}"`];
  const numeric = numberToken.test(text) ? ["1e999", "-1e999", "NaN", "Infinity", "0x1F", "01", "1_000", "+1", ".5"].map((n) => text.replace(numberToken, n)) : [];
  return fc.oneof(fc.constantFrom(...fixed, ...numeric), fc.string({ unit: "binary", maxLength: 200 }));
}

// A value shaped like `sample`, broken: one place removed, replaced by `value` or given an unexpected
// sibling, every string or number swapped at once, the shape rearranged, or random JSON.
export function malformedArbitrary(sample: unknown, value: fc.Arbitrary<unknown> = weirdValue): fc.Arbitrary<unknown> {
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.constant<Op>({ kind: "delete" }),
    value.map<Op>((v) => ({ kind: "replace", value: v })),
    fc.tuple(weirdKey, value).map<Op>(([key, v]) => ({ kind: "extra", key, value: v })),
  );
  return fc.oneof(
    { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...pathsOf(sample)), op).map(([path, o]) => mutate(sample, path, o)) },
    { weight: 1, arbitrary: weirdString.map((s) => deepMap(sample, (v) => (typeof v === "string" ? s : v))) },
    { weight: 1, arbitrary: weirdNumber.map((n) => deepMap(sample, (v) => (typeof v === "number" ? n : v))) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>([sample], Object.values(sample as object), Object.entries(sample as object)) },
    { weight: 2, arbitrary: fc.jsonValue() },
  );
}

// A malformed body for a route whose valid input looks like `sample`, as the text to send.
export function bodyArbitrary(sample: Record<string, unknown>): fc.Arbitrary<string> {
  return fc.oneof({ weight: 11, arbitrary: malformedArbitrary(sample).map(stringify) }, { weight: 3, arbitrary: rawBody(sample) });
}

const weirdQueryValues = ["-1", "0", "101", "1e9", "1e2", "abc", "1.5", "", "NaN", "Infinity", "0x10", " 5", "５", "20abc", "9".repeat(400), "[]", "{}"];

// A malformed query string ("?a=b...") for a route whose valid query looks like `sample`.
export function queryArbitrary(sample: Record<string, unknown>): fc.Arbitrary<string> {
  const keys = Object.keys(sample);
  const value = fc.oneof(fc.constantFrom(...weirdQueryValues), weirdString);
  const fromRecord = (record: Record<string, string>) => `?${new URLSearchParams(record).toString()}`;
  return fc.oneof(
    fc.tuple(fc.constantFrom(...keys), value).map(([key, v]) => fromRecord({ ...(sample as Record<string, string>), [key]: v })),
    fc.dictionary(fc.oneof(fc.constantFrom(...keys), weirdKey), value, { maxKeys: 4 }).map(fromRecord),
    fc.constantFrom("?%", "?limit=%E0%A4%A", "?limit", "?&&&", "?limit=1&limit=abc", "?section=..%2F..%2Fetc", "?section=%00", `?limit=${"9".repeat(5_000)}`),
  );
}

// Ids that cannot name anything the caller owns: malformed, huge, unicode, well-formed unknowns.
export const garbageId: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("../../etc/passwd", "..", ".", "", " ", "a".repeat(100_000), "x".repeat(81), "🙂", "\u0000", "\ud800", "\u202Eevil", "null", "undefined", "0", "-1", "1e308", "' OR '1'='1", "%", "%2e%2e", "id?x=1", "id#frag", "ｉｄ", "cnotarealid0000000000000000", "custom-cnotreal00000000000"),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
);
