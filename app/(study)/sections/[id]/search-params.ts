import { z } from "zod";
import { contentIdSchema } from "@/lib/schemas/content";

// The section page's inputs, both from the URL and so untrusted: the section id and an optional
// quote to highlight. A bad id is a 404; a bad quote is ignored (the page shows without highlight).

// Long enough for any authored quote (content quotes are capped at 2,000 characters).
export const maxQuoteLength = 2000;

export const sectionParamsSchema = z.object({ id: contentIdSchema });
export const quoteParamSchema = z.string().trim().min(1).max(maxQuoteLength);

// The section id from the route, or null when it cannot be one.
export function readSectionId(params: unknown): string | null {
  const parsed = sectionParamsSchema.safeParse(params);
  return parsed.success ? parsed.data.id : null;
}

// The quote to highlight, or null when absent, repeated, empty or too long.
export function readQuote(searchParams: Record<string, string | string[] | undefined>): string | null {
  const parsed = quoteParamSchema.safeParse(searchParams.quote);
  return parsed.success ? parsed.data : null;
}
