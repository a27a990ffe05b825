import { z } from "zod";

// The class audit log's query: which page, newest first (the page and the JSON API alike).

export const AUDIT_PAGE_SIZE = 50;

// ?page=N (1-based, default 1).
export const auditQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
export type AuditQuery = z.output<typeof auditQuerySchema>;
