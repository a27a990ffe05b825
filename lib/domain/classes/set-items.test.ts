import { describe, expect, it } from "vitest";
import { drawSetQuestions, moveItem, toSetItem, type SetItem } from "./set-items";

const items: SetItem[] = [
  { id: "r1", position: 1, kind: "random", sectionId: "ero", count: 2 },
  { id: "f1", position: 0, kind: "question", questionId: "ero-q1" },
  { id: "f2", position: 2, kind: "question", questionId: "hsi-q1" },
];
const pools = new Map([
  ["ero", ["ero-q1", "ero-q2", "ero-q3", "ero-q4", "ero-q5"]],
  ["hsi", ["hsi-q1"]],
]);

describe("drawing a set for a student", () => {
  it("keeps fixed questions in place and replaces each rule by its draw, never repeating a question", () => {
    const { questionIds, shortfalls } = drawSetQuestions(items, pools, "assignment-1:student-1");
    expect(questionIds).toHaveLength(4);
    expect(questionIds[0]).toBe("ero-q1");
    expect(questionIds[3]).toBe("hsi-q1");
    expect(questionIds.slice(1, 3).every((id) => id.startsWith("ero-") && id !== "ero-q1")).toBe(true);
    expect(new Set(questionIds).size).toBe(4);
    expect(shortfalls).toEqual([]);
  });

  it("is stable for one student (retries get the same questions) and differs between students", () => {
    const first = drawSetQuestions(items, pools, "assignment-1:student-1").questionIds;
    expect(drawSetQuestions(items, pools, "assignment-1:student-1").questionIds).toEqual(first);
    const others = new Set(Array.from({ length: 20 }, (_, i) => drawSetQuestions(items, pools, `assignment-1:student-${i}`).questionIds.join()));
    expect(others.size).toBeGreaterThan(1);
  });

  it("draws what there is when a section runs short, and says so", () => {
    const rule: SetItem[] = [{ id: "r", position: 0, kind: "random", sectionId: "hsi", count: 3 }];
    expect(drawSetQuestions(rule, pools, "s")).toEqual({ questionIds: ["hsi-q1"], shortfalls: [{ ruleId: "r", sectionId: "hsi", wanted: 3, drawn: 1 }] });
    expect(drawSetQuestions([{ ...rule[0]!, sectionId: "gone" } as SetItem], pools, "s").questionIds).toEqual([]);
  });
});

describe("moving items", () => {
  it("swaps with the neighbour and renumbers from 0", () => {
    expect(moveItem(items, "f2", "up")).toEqual([
      { id: "f1", position: 0 },
      { id: "f2", position: 1 },
      { id: "r1", position: 2 },
    ]);
    expect(moveItem([{ id: "a", position: 3 }, { id: "b", position: 7 }], "a", "down")).toEqual([
      { id: "b", position: 0 },
      { id: "a", position: 1 },
    ]);
  });

  it("cannot move the first item up, the last down, or an unknown item", () => {
    expect(moveItem(items, "f1", "up")).toBeNull();
    expect(moveItem(items, "f2", "down")).toBeNull();
    expect(moveItem(items, "nope", "down")).toBeNull();
  });
});

describe("reading stored rows", () => {
  it("drops damaged rows", () => {
    expect(toSetItem({ id: "x", position: 0, kind: "random", questionId: null, sectionId: "ero", count: 0 })).toBeNull();
    expect(toSetItem({ id: "x", position: 0, kind: "question", questionId: null, sectionId: null, count: null })).toBeNull();
    expect(toSetItem({ id: "x", position: 0, kind: "question", questionId: "q", sectionId: null, count: null })).toEqual({ id: "x", position: 0, kind: "question", questionId: "q" });
  });
});
