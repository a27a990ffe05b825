import fs from "node:fs";
import path from "node:path";
import type { DeclaredAction } from "@/lib/server/action";

// Every server action in lib/server/actions, named "<file>.<export>", with the declaration it was
// built from (lib/server/action.ts). An exported function built without one is `undeclared`: the
// fuzzer and the authorization matrix cannot cover it, and their discovery tests fail.

export type DiscoveredAction = { name: string; run: (...args: unknown[]) => Promise<unknown>; declaration: DeclaredAction };

export async function discoverActions(): Promise<{ actions: DiscoveredAction[]; undeclared: string[] }> {
  const dir = path.join(process.cwd(), "lib/server/actions");
  const actions: DiscoveredAction[] = [];
  const undeclared: string[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts")).sort()) {
    const mod = (await import(/* @vite-ignore */ path.join(dir, file))) as Record<string, unknown>;
    for (const [exported, value] of Object.entries(mod)) {
      if (typeof value !== "function") continue;
      const name = `${file.slice(0, -3)}.${exported}`;
      const declaration = (value as { declaration?: DeclaredAction }).declaration;
      if (declaration) actions.push({ name, run: value as DiscoveredAction["run"], declaration });
      else undeclared.push(name);
    }
  }
  return { actions, undeclared };
}
