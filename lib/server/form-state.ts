import type { z } from "zod";

// What a server action returns to its form: an overall message and errors per field.
export type FormState = { ok: boolean; message: string; errors: Record<string, string[]> };

export const initialFormState: FormState = { ok: false, message: "", errors: {} };

// Groups zod issues by the top-level field they concern.
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
