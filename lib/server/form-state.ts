import type { z } from "zod";

// Reading a submitted form back for redisplay, and zod's issues as errors per field (the state
// itself, FormState, is client-safe: lib/view/form-state.ts).


// Fields never sent back: any password, and the one-use tokens of mailed links.
const SECRET_FIELD = /password|token/i;

// The submitted text fields except the secret ones, for redisplay after a failed action.
export function echoValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !SECRET_FIELD.test(key) && !key.startsWith("$")) out[key] = value.slice(0, 500);
  return out;
}

// Groups zod issues by the top-level field they concern.
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
