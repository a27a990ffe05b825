import "server-only";
import { notFound } from "next/navigation";

// A server action can be called by hand with any serializable argument, not only its form's
// FormData. Anything else is input no form of ours sends: the 404 page, as for other unreadable
// input, instead of a TypeError and a 500.
export function requireFormData(value: unknown): asserts value is FormData {
  if (!(value instanceof FormData)) notFound();
}
