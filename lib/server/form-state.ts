import type { z } from "zod";

// What a server action returns to its form: an overall message, errors per field, and the
// non-secret values sent, so a form that React resets after the action can show them again.
// (errors is Partial so that a handler may answer `{}` on one path and `{ code: [...] }` on another.)
export type FormState = { ok: boolean; message: string; errors: Partial<Record<string, string[]>>; values?: Record<string, string> };

// Fields never sent back: any password, and the one-use tokens of mailed links.
const SECRET_FIELD = /password|token/i;

// The submitted text fields except the secret ones, for redisplay after a failed action.
export function echoValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !SECRET_FIELD.test(key) && !key.startsWith("$")) out[key] = value.slice(0, 500);
  return out;
}

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
