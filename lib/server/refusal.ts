import "server-only";
import { NextResponse } from "next/server";
import { echoValues } from "@/lib/server/form-state";
import { issuesResponse } from "@/lib/server/http";
import type { FormState } from "@/lib/view/form-state";

// A service's "no" to a request it understood (a code no class takes, a set that is full, an
// assignment that is closed), declared once per operation beside its service and answered by both
// of the operation's doors: the JSON API with `status` and `{ error: message, ...extra }` (a 422 as
// an issue at `field`, a 429 with Retry-After), the form with the message, and beside the field.
export type Refusal = {
  status: 403 | 404 | 409 | 422 | 429;
  message: string;
  // The input it concerns, and the words shown beside it (the message when unset).
  field?: { name: string; message?: string };
  // When asking again may work (429).
  retryAt?: Date;
  // More for API clients: a reason code, a count.
  extra?: Record<string, unknown>;
};

export function refusalResponse(refusal: Refusal, now = new Date()): NextResponse {
  if (refusal.status === 422 && refusal.field) return issuesResponse([{ path: refusal.field.name, message: refusal.field.message ?? refusal.message }]);
  const headers = refusal.retryAt ? { "Retry-After": String(Math.max(1, Math.ceil((refusal.retryAt.getTime() - now.getTime()) / 1000))) } : undefined;
  return NextResponse.json({ error: refusal.message, ...refusal.extra }, { status: refusal.status, headers });
}

// The form's state for a refusal: the message, the field's words beside it, what was typed kept.
export function refusalState(refusal: Refusal, formData: FormData): FormState {
  return { ok: false, message: refusal.message, errors: refusal.field ? { [refusal.field.name]: [refusal.field.message ?? refusal.message] } : {}, values: echoValues(formData) };
}
