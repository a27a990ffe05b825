// Secrets come only from the environment. In production a missing one stops the start-up with its
// name; in development `npm start` writes a generated AUTH_SECRET into .env on first run.

const requiredInProduction = [["AUTH_SECRET", "NEXTAUTH_SECRET"]] as const;

// Names of the required variables that are missing (each entry: any of its aliases will do).
export function missingSecrets(env: NodeJS.ProcessEnv = process.env): string[] {
  return requiredInProduction.filter((aliases) => !aliases.some((name) => (env[name] ?? "").length > 0)).map((aliases) => aliases.join(" or "));
}

// Throws, naming every missing secret, when running in production without them.
export function assertProductionSecrets(env: NodeJS.ProcessEnv = process.env): void {
  if (env.NODE_ENV !== "production") return;
  const missing = missingSecrets(env);
  if (missing.length > 0) throw new Error(`Missing required environment variable(s): ${missing.join(", ")}. Set them before starting Retain in production.`);
}

// The secret that signs session tokens.
export function authSecret(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.AUTH_SECRET || env.NEXTAUTH_SECRET || undefined;
}
