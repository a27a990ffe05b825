// What a server action returns to its form: an overall message, errors per field, and the
// non-secret values sent, so a form that React resets after the action can show them again.
// Client-safe (components import it): nothing under lib/view may import server code.
// (errors is Partial so that a handler may answer `{}` on one path and `{ code: [...] }` on another.)
export type FormState = { ok: boolean; message: string; errors: Partial<Record<string, string[]>>; values?: Record<string, string> };

export const initialFormState: FormState = { ok: false, message: "", errors: {} };
