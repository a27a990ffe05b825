// Types of scripts/compile-hints.js (CommonJS, so that next.config.js can load it as it is).
export declare const COMPILE_HINT: string;
export declare function addCompileHints(chunksDir: string): number;
