// @ts-check
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS: next.config.js loads it as it is, before anything compiles */
const fs = require("node:fs");
const path = require("node:path");

// V8's explicit compile hint (Chrome 136+): every function of a script that starts with this comment
// is compiled eagerly, on a background thread while the script streams in, instead of lazily on the
// main thread at its first call. The client chunks are the framework and the page's components, all
// called while the page starts, so without it their compilation was the longest main-thread task of
// every first visit (most of the Turbopack module loader's time in a CPU profile). Other browsers
// read it as a comment.
const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

// Puts the compile hint at the top of every client chunk under `chunksDir` that lacks it; returns how
// many files it changed (running it twice changes nothing).
function addCompileHints(chunksDir) {
  if (!fs.existsSync(chunksDir)) return 0;
  let changed = 0;
  for (const entry of fs.readdirSync(chunksDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".js")) continue;
    const file = path.join(entry.parentPath, entry.name);
    const text = fs.readFileSync(file, "utf8");
    if (text.startsWith(COMPILE_HINT)) continue;
    fs.writeFileSync(file, COMPILE_HINT + text);
    changed += 1;
  }
  return changed;
}

module.exports = { COMPILE_HINT, addCompileHints };
