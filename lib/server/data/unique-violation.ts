// Whether a Prisma error is a unique-constraint violation (P2002): how the data layer tells an
// idempotent repeat (the same client-generated id written twice) or a taken value from a failure.
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
