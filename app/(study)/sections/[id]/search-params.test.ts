import { describe, expect, it } from "vitest";
import { maxQuoteLength, readQuote, readSectionId } from "./search-params";

describe("readSectionId", () => {
  it("accepts a kebab-case content id", () => {
    expect(readSectionId({ id: "hsi" })).toBe("hsi");
    expect(readSectionId({ id: "role-in-national-security" })).toBe("role-in-national-security");
  });
  it("refuses anything that cannot be a section id", () => {
    for (const id of ["", "HSI", "../etc/passwd", "a b", "a--b", "x".repeat(81), ["hsi"]]) expect(readSectionId({ id })).toBeNull();
    expect(readSectionId({})).toBeNull();
  });
});

describe("readQuote", () => {
  it("keeps the quote as given, trimmed", () => {
    expect(readQuote({ quote: "  HSI reports directly " })).toBe("HSI reports directly");
    expect(readQuote({ quote: '<img src=x onerror="alert(1)">' })).toBe('<img src=x onerror="alert(1)">');
  });
  it("ignores a missing, empty, repeated or overlong quote", () => {
    expect(readQuote({})).toBeNull();
    expect(readQuote({ quote: "   " })).toBeNull();
    expect(readQuote({ quote: ["a", "b"] })).toBeNull();
    expect(readQuote({ quote: "x".repeat(maxQuoteLength + 1) })).toBeNull();
    expect(readQuote({ quote: "x".repeat(maxQuoteLength) })).toHaveLength(maxQuoteLength);
  });
});
