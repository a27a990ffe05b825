import { describe, expect, it } from "vitest";
import { createRng, gradeShownAnswer, presentQuestionWithKey } from "@/lib/domain/quiz/draw";
import { sortedOrder } from "@/lib/domain/quiz/present";
import { drawLayout, presentWithLayout, repairOrder } from "@/lib/domain/quiz/layout";
import { sourceLink } from "@/lib/domain/quiz/links";
import { allQuestions, matching, ordering, single } from "@/lib/domain/quiz/test-fixtures";

describe("stored layouts", () => {
  it.each(allQuestions.map((q) => [q.id, q] as const))("rebuild exactly the view drawn at the start: %s", (_, question) => {
    for (const seed of ["a", "b", "c"]) {
      const drawn = presentQuestionWithKey(question, createRng(seed));
      const layout = drawLayout(question, createRng(seed));
      const rebuilt = presentWithLayout(question, JSON.parse(JSON.stringify(layout)));
      expect(rebuilt).toEqual(drawn);
      expect(JSON.stringify(rebuilt.view)).not.toContain("SECRET");
    }
  });

  it("grades display positions through the stored layout", () => {
    const { view, key } = presentWithLayout(single, drawLayout(single, createRng("g")));
    if (view.type !== "single") throw new Error("expected a single-choice view");
    const right = view.options.find((o) => o.text === "ICE")!.index;
    const wrong = view.options.find((o) => o.text === "FBI")!.index;
    expect(gradeShownAnswer(single, key, { type: "single", choice: right }).correct).toBe(true);
    expect(gradeShownAnswer(single, key, { type: "single", choice: wrong }).score).toBe(0);
  });

  it("repairs a layout that no longer fits the question without showing the key order", () => {
    expect(repairOrder([2, 0, 1], 3)).toEqual([2, 0, 1]);
    expect(repairOrder([0, 1], 3)).toEqual([1, 2, 0]);
    expect(repairOrder([0, 0, 1], 3)).toEqual([1, 2, 0]);
    const { view } = presentWithLayout(ordering, { order: [] });
    if (view.type !== "ordering") throw new Error("expected an ordering view");
    expect(view.items.map((i) => i.text)).not.toEqual(ordering.items);
    const m = presentWithLayout(matching, { order: [7, 8] }).view;
    if (m.type !== "matching") throw new Error("expected a matching view");
    expect(m.right.map((r) => r.text)).not.toEqual(matching.pairs.map((p) => p.right));
  });
});

describe("stored layouts carry no key", () => {
  // An attacker who reads a stored layout (an export, a payload) and assumes the banks' habit (right
  // option authored first, orderings authored in order) must do no better than chance.
  const seeds = Array.from({ length: 400 }, (_, i) => `seed-${i}`);

  it("the position a layout names as 'first' is the right option no more often than chance", () => {
    let hits = 0;
    for (const seed of seeds) {
      const layout = drawLayout(single, createRng(seed));
      const { view, key } = presentWithLayout(single, layout);
      if (view.type !== "single") throw new Error("expected a single-choice view");
      const guess = layout.order.indexOf(0);
      if (gradeShownAnswer(single, key, { type: "single", choice: guess }).correct) hits++;
    }
    // Chance is 1 in 4 options; reading authored indices would give 400 of 400.
    expect(hits / seeds.length).toBeLessThan(0.35);
  });

  it("sorting an ordering's items by the layout's numbers does not give the right order", () => {
    let solved = 0;
    for (const seed of seeds) {
      const layout = drawLayout(ordering, createRng(seed));
      const { key } = presentWithLayout(ordering, layout);
      const guess = [...layout.order.keys()].sort((a, b) => layout.order[a]! - layout.order[b]!);
      if (gradeShownAnswer(ordering, key, { type: "ordering", order: guess }).score === 1) solved++;
    }
    // The numbers rank the items by text, which for this question is not the right order.
    expect(sortedOrder(ordering.items)).not.toEqual([0, 1, 2, 3]);
    expect(solved).toBe(0);
  });

  it("with shuffling off, options show in text order, not in the authored order", () => {
    const { view } = presentWithLayout(single, drawLayout(single, createRng("x"), { shuffleOptions: false }));
    if (view.type !== "single") throw new Error("expected a single-choice view");
    expect(view.options.map((o) => o.text)).toEqual(["CBP", "FBI", "ICE", "USCIS"]);
  });

  it("still reads layouts stored before, which name authored indices", () => {
    const { view } = presentWithLayout(single, { order: [3, 2, 1, 0] });
    if (view.type !== "single") throw new Error("expected a single-choice view");
    expect(view.options.map((o) => o.text)).toEqual(["FBI", "USCIS", "CBP", "ICE"]);
  });
});

describe("source links", () => {
  it("point at the section with the quote encoded and the #quote anchor", () => {
    expect(sourceLink("hsi", "the Director of ICE & co.")).toBe("/sections/hsi?quote=the%20Director%20of%20ICE%20%26%20co.#quote");
  });
});
