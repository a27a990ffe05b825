// Runs once when the server starts: refuse to serve in production without the required secrets,
// or with a TRUSTED_PROXIES that makes no sense (rather than failing at the first sign-in).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ assertProductionSecrets }, { trustedProxyCount }] = await Promise.all([import("@/lib/server/env"), import("@/lib/domain/throttle")]);
  assertProductionSecrets();
  trustedProxyCount(process.env.TRUSTED_PROXIES);
}
