import { describe, expect, it } from "vitest";
import { cardFaces, frontText } from "@/lib/domain/review/card-view";

describe("cardFaces", () => {
  it("splits a cloze sentence around its hidden part", () => {
    const faces = cardFaces({ id: "x", kind: "cloze", text: "HSI stands for {{Homeland Security Investigations}}.", quote: "q" });
    expect(faces).toEqual({ kind: "cloze", before: "HSI stands for ", hidden: "Homeland Security Investigations", after: "." });
    expect(frontText(faces)).toBe("HSI stands for […].");
  });

  it("keeps a basic card's front and back", () => {
    const faces = cardFaces({ id: "y", kind: "basic", front: "Who?", back: "ICE", quote: "q" });
    expect(faces).toEqual({ kind: "basic", front: "Who?", back: "ICE" });
    expect(frontText(faces)).toBe("Who?");
  });
});
