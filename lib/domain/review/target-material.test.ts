import { describe, expect, it } from "vitest";
import { targetMaterial } from "@/lib/domain/review/target-material";

const body = "Alpha one. Beta two. Gamma three. Delta four.";
const flashcards = [
  { id: "f-alpha", sectionId: "s1", position: 1, quote: "Alpha one." },
  { id: "f-beta", sectionId: "s1", position: 2, quote: "Beta two." },
  { id: "f-gamma", sectionId: "s1", position: 3, quote: "Gamma three." },
  { id: "f-other", sectionId: "s2", position: 10, quote: "Other." },
  { id: "f-other2", sectionId: "s2", position: 11, quote: "More." },
];
const bodies = new Map([["s1", body], ["s2", "Other. More."]]);

describe("targetMaterial", () => {
  it("takes the flashcards whose quotes the questions cite", () => {
    const questions = [{ id: "q1", sectionId: "s1", quote: "Beta two." }];
    expect(targetMaterial({ questions, randomSectionIds: [], bodies, flashcards })).toEqual(["f-beta"]);
  });
  it("takes a whole section for a random rule, once, in article order", () => {
    const questions = [
      { id: "q2", sectionId: "s2", quote: "Other." },
      { id: "q1", sectionId: "s1", quote: "Gamma three." },
    ];
    expect(targetMaterial({ questions, randomSectionIds: ["s2"], bodies, flashcards })).toEqual(["f-gamma", "f-other", "f-other2"]);
  });
  it("leaves out questions with no section (an instructor's own without one)", () => {
    expect(targetMaterial({ questions: [{ id: "q", sectionId: null, quote: null }], randomSectionIds: [], bodies, flashcards })).toEqual([]);
  });
});
