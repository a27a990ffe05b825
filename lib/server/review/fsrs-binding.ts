import "server-only";
import { createRequire } from "node:module";

// The FSRS optimizer is a native module (fsrs-rs through napi-rs), installed as an optional
// dependency for linux-x64-gnu only. It is loaded on first use and may be missing (another platform,
// a failed install): the app then keeps working with the current parameters and says so.

export type FsrsBinding = typeof import("@open-spaced-repetition/binding-linux-x64-gnu");
export type BindingStatus = { available: true; binding: FsrsBinding } | { available: false; reason: string };

let status: BindingStatus | undefined;

// The loaded module, or why it could not be loaded (cached either way).
export function loadFsrsBinding(): BindingStatus {
  if (!status) {
    try {
      const binding = createRequire(import.meta.url)("@open-spaced-repetition/binding-linux-x64-gnu") as FsrsBinding;
      if (typeof binding.computeParameters !== "function") throw new Error("the module has no computeParameters");
      status = { available: true, binding };
    } catch (error) {
      status = { available: false, reason: error instanceof Error ? error.message.split("\n")[0] ?? "unknown error" : String(error) };
    }
  }
  return status;
}
