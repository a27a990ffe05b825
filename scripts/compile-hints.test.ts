import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { COMPILE_HINT, addCompileHints } from "./compile-hints";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

// A build's client chunk folder with a chunk, a nested chunk, a stylesheet and a map.
function chunksFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "compile-hints-"));
  dirs.push(dir);
  fs.mkdirSync(path.join(dir, "app"));
  fs.writeFileSync(path.join(dir, "a.js"), "(globalThis.TURBOPACK||[]).push([1]);\n//# sourceMappingURL=a.js.map");
  fs.writeFileSync(path.join(dir, "app", "b.js"), "console.log(1)");
  fs.writeFileSync(path.join(dir, "c.css"), "body{}");
  fs.writeFileSync(path.join(dir, "a.js.map"), "{}");
  return dir;
}

describe("addCompileHints", () => {
  it("starts every client chunk with V8's compile hint and leaves the rest of each file as it was", () => {
    const dir = chunksFolder();
    expect(addCompileHints(dir)).toBe(2);
    expect(fs.readFileSync(path.join(dir, "a.js"), "utf8")).toBe(`${COMPILE_HINT}(globalThis.TURBOPACK||[]).push([1]);\n//# sourceMappingURL=a.js.map`);
    expect(fs.readFileSync(path.join(dir, "app", "b.js"), "utf8")).toBe(`${COMPILE_HINT}console.log(1)`);
    expect(fs.readFileSync(path.join(dir, "c.css"), "utf8")).toBe("body{}");
    expect(fs.readFileSync(path.join(dir, "a.js.map"), "utf8")).toBe("{}");
  });

  it("changes nothing the second time, and nothing when there is no folder", () => {
    const dir = chunksFolder();
    addCompileHints(dir);
    expect(addCompileHints(dir)).toBe(0);
    expect(fs.readFileSync(path.join(dir, "app", "b.js"), "utf8")).toBe(`${COMPILE_HINT}console.log(1)`);
    expect(addCompileHints(path.join(dir, "missing"))).toBe(0);
  });
});
