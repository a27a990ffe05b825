// Runs once when the server starts: refuse to serve in production without the required secrets.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { assertProductionSecrets } = await import("@/lib/server/env");
  assertProductionSecrets();
}
