import { describe, expect, it } from "vitest";
import { assertProductionSecrets, missingSecrets } from "@/lib/server/env";

describe("secrets from the environment", () => {
  it("names the missing secret in production", () => {
    expect(() => assertProductionSecrets({ NODE_ENV: "production" } as NodeJS.ProcessEnv)).toThrow(/AUTH_SECRET or NEXTAUTH_SECRET/);
  });
  it("accepts either name, and does not insist outside production", () => {
    expect(missingSecrets({ NEXTAUTH_SECRET: "x" } as unknown as NodeJS.ProcessEnv)).toEqual([]);
    expect(() => assertProductionSecrets({ NODE_ENV: "development" } as NodeJS.ProcessEnv)).not.toThrow();
  });
});
