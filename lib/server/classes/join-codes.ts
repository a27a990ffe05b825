import "server-only";
import crypto from "node:crypto";
import { generateJoinCode } from "@/lib/domain/classes/join-code";

// A new join code from the operating system's CSPRNG: codes are the only key to a class.
export function newJoinCode(): string {
  return generateJoinCode((n) => crypto.randomBytes(n));
}
