import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateJoinCode, isJoinCode, JOIN_CODE_ALPHABET, normalizeJoinCode } from "./join-code";

describe("join codes", () => {
  it("are 8 characters with no look-alike characters", () => {
    for (let i = 0; i < 200; i++) {
      const code = generateJoinCode((n) => crypto.randomBytes(n));
      expect(code).toMatch(/^[A-Z2-9]{8}$/);
      expect(code).not.toMatch(/[01OIL]/);
      expect(isJoinCode(code)).toBe(true);
    }
  });

  it("skips bytes that would bias the draw and uses every symbol", () => {
    // 248 is the first rejected byte for a 31-symbol alphabet (248 = 8 * 31).
    const bytes = [255, 248, 0, 30, 31, 61, 1, 2, 3, 4, 5];
    let i = 0;
    const code = generateJoinCode((n) => Uint8Array.from({ length: n }, () => bytes[i++ % bytes.length]!));
    expect(code).toBe(`${JOIN_CODE_ALPHABET[0]}${JOIN_CODE_ALPHABET[30]}${JOIN_CODE_ALPHABET[0]}${JOIN_CODE_ALPHABET[30]}BCDE`);
    const seen = new Set<string>();
    for (let k = 0; k < 300; k++) for (const c of generateJoinCode((n) => crypto.randomBytes(n))) seen.add(c);
    expect(seen.size).toBe(JOIN_CODE_ALPHABET.length);
  });

  it("refuses a random source that never gives a usable byte", () => {
    expect(() => generateJoinCode((n) => new Uint8Array(n).fill(255))).toThrow(/rejected bytes/);
  });

  it("accepts what students type in lower case or with a hyphen, and refuses impossible codes", () => {
    expect(normalizeJoinCode(" abcd-efgh ")).toBe("ABCDEFGH");
    expect(isJoinCode(normalizeJoinCode("abcd efgh"))).toBe(true);
    expect(isJoinCode("ABCDEFG0")).toBe(false);
    expect(isJoinCode("ABCDEFG")).toBe(false);
    expect(isJoinCode("ABCDEFGHJ")).toBe(false);
  });
});
