import type { z } from "zod";

// JSON columns (a question's or flashcard's authored data, a card snapshot in a review log, a list
// of section ids...) are read through here: parsed once, with their schema, at the data layer. A
// value that no longer parses (an older shape, a hand-edited row) reads as null, never a crash.
export function readJson<S extends z.ZodType>(schema: S, text: string | null | undefined): z.output<S> | null {
  if (text === null || text === undefined) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
