import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// A local AUTH_SECRET for `npm start` and `npm run dev`: written into .env on first run when the
// environment has none (refused in production, where it must come from the environment).

export function ensureSecret(envFile: string) {
  if (process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET) return;
  const existing = fs.existsSync(envFile) ? fs.readFileSync(envFile, "utf8") : "";
  if (/^(AUTH_SECRET|NEXTAUTH_SECRET)=.+/m.test(existing)) return;
  if (process.env.NODE_ENV === "production") {
    console.error("Missing required environment variable: AUTH_SECRET (or NEXTAUTH_SECRET). Set it before starting Retain in production.");
    process.exit(1);
  }
  const secret = crypto.randomBytes(32).toString("base64url");
  // The secret signs every session: the file is its owner's alone (0600), also when it existed.
  fs.writeFileSync(envFile, `${existing}${existing && !existing.endsWith("\n") ? "\n" : ""}# Generated on first run (npm start or npm run dev): signs session cookies.\nAUTH_SECRET=${secret}\n`, { mode: 0o600 });
  fs.chmodSync(envFile, 0o600);
  console.log("Generated AUTH_SECRET into .env");
}

// `tsx scripts/ensure-secret.ts` (npm run dev): the same, for the .env Next reads on its own.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) ensureSecret(path.join(process.cwd(), ".env"));
