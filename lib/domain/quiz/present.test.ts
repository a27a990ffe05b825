import { describe, expect, it } from "vitest";
import { gradeAnswer } from "@/lib/domain/quiz/grading";
import {
  createRng,
  describeAnswer,
  gradeShownAnswer,
  presentQuestion,
  presentQuestionWithKey,
  revealAnswer,
  toAuthoredAnswer,
  type PublicOption,
  type PublicQuestion,
} from "@/lib/domain/quiz/draw";
import { allQuestions, matching, multiple, ordering, orderingPair, single, trueFalse, typed } from "@/lib/domain/quiz/test-fixtures";

const seeds = Array.from({ length: 50 }, (_, i) => `seed-${i}`);
const view = <T extends PublicQuestion["type"]>(q: { type: T }, v: PublicQuestion) => v as Extract<PublicQuestion, { type: T }>;
const texts = (options: PublicOption[]) => options.map((o) => o.text);

describe("presentQuestion leaks no key", () => {
  it.each(allQuestions.map((q) => [q.id, q] as const))("%s", (_, question) => {
    for (const seed of seeds.slice(0, 10)) {
      const json = JSON.stringify(presentQuestion(question, createRng(seed)));
      const parsed = JSON.parse(json) as Record<string, unknown>;
      expect(json).not.toMatch(/"(correct|answer|answers|explanation|quote|note|pairs)"/);
      expect(json).not.toContain("SECRET");
      expect(Object.keys(parsed).sort()).toEqual(
        { single: ["id", "options", "prompt", "type"], multiple: ["id", "options", "prompt", "type"], truefalse: ["id", "prompt", "type"], typed: ["id", "prompt", "type"], ordering: ["id", "items", "prompt", "type"], matching: ["id", "left", "prompt", "right", "type"] }[question.type],
      );
      if (question.type === "typed") for (const a of question.answers) expect(json).not.toContain(a);
    }
  });

  it("numbers options by display position, so the index says nothing about the authored order", () => {
    const rightPositions = new Set<number>();
    for (const seed of seeds) {
      const v = view(single, presentQuestion(single, createRng(seed)));
      expect(v.options.map((o) => o.index)).toEqual([0, 1, 2, 3]);
      rightPositions.add(v.options.findIndex((o) => o.text === "ICE"));
    }
    expect(rightPositions.size).toBe(4);
  });

  it("never shows ordering items in the right order", () => {
    for (const question of [ordering, orderingPair]) {
      for (const seed of seeds) {
        const v = view(question, presentQuestion(question, createRng(seed), { shuffleOptions: false }));
        expect(texts(v.items)).not.toEqual(question.items);
        expect([...texts(v.items)].sort()).toEqual([...question.items].sort());
      }
    }
  });

  it("keeps matching left sides in order and never lines the right sides up with them", () => {
    for (const seed of seeds) {
      const v = view(matching, presentQuestion(matching, createRng(seed)));
      expect(texts(v.left)).toEqual(matching.pairs.map((p) => p.left));
      expect(texts(v.right)).not.toEqual(matching.pairs.map((p) => p.right));
    }
  });

  it("still scrambles with a degenerate Rng that would always keep the order", () => {
    const v = view(ordering, presentQuestion(ordering, () => 0.999999));
    expect(texts(v.items)).not.toEqual(ordering.items);
  });

  it("shows options in one fixed text order (never the authored, right-first order) when shuffleOptions is false, and is deterministic per seed", () => {
    const kept = view(multiple, presentQuestion(multiple, createRng("k"), { shuffleOptions: false }));
    expect(texts(kept.options)).toEqual(multiple.options.map((o) => o.text).sort());
    expect(texts(kept.options)).not.toEqual(multiple.options.map((o) => o.text));
    expect(presentQuestion(matching, createRng("k"))).toEqual(presentQuestion(matching, createRng("k")));
  });

  it("shows true/false and typed questions as the prompt alone", () => {
    expect(presentQuestion(trueFalse, createRng("p"))).toEqual({ id: trueFalse.id, type: "truefalse", prompt: trueFalse.prompt });
    expect(presentQuestion(typed, createRng("p"))).toEqual({ id: typed.id, type: "typed", prompt: typed.prompt });
  });

  it("makes carrying the key a compile error", () => {
    const option = single.options[0]!;
    // @ts-expect-error an authored option carries `correct`, which PublicOption forbids
    const leaked: PublicOption = { ...option, index: 0 };
    expect(leaked.text).toBe("ICE");
  });
});

describe("answers to a presented question", () => {
  it("decode display positions back to authored indices before grading", () => {
    const { view: v, key } = presentQuestionWithKey(single, createRng("g"));
    const shown = view(single, v).options.find((o) => o.text === "ICE")!;
    expect(gradeShownAnswer(single, key, { type: "single", choice: shown.index })).toEqual({ score: 1, correct: true });
    expect(gradeShownAnswer(single, key, { type: "single", choice: (shown.index + 1) % 4 }).score).toBe(0);
  });

  it("grade an ordering put back in order and a fully matched matching as right", () => {
    const o = presentQuestionWithKey(ordering, createRng("o"));
    const items = view(ordering, o.view).items;
    const order = ordering.items.map((text) => items.find((i) => i.text === text)!.index);
    expect(gradeShownAnswer(ordering, o.key, { type: "ordering", order }).correct).toBe(true);

    const m = presentQuestionWithKey(matching, createRng("m"));
    const right = view(matching, m.view).right;
    const matches = matching.pairs.map((p) => right.find((r) => r.text === p.right)!.index);
    expect(gradeShownAnswer(matching, m.key, { type: "matching", matches }).correct).toBe(true);
  });

  it("score positions the view never showed, or a key for another question, 0", () => {
    const { key } = presentQuestionWithKey(single, createRng("g"));
    expect(toAuthoredAnswer({ type: "single", choice: 7 }, key)).toEqual({ type: "single", choice: 7 });
    expect(gradeShownAnswer(single, key, { type: "single", choice: 7 }).score).toBe(0);
    const other = presentQuestionWithKey(multiple, createRng("g")).key;
    expect(gradeShownAnswer(single, other, { type: "single", choice: 0 }).score).toBe(0);
  });
});

describe("revealAnswer", () => {
  it.each(allQuestions.map((q) => [q.id, q] as const))("gives an answer that grades as right: %s", (_, question) => {
    expect(gradeAnswer(question, revealAnswer(question).answer)).toEqual({ score: 1, correct: true });
  });

  it("renders the key as text", () => {
    expect(revealAnswer(single)).toEqual({ answer: { type: "single", choice: 0 }, lines: ["ICE"] });
    expect(revealAnswer(multiple).lines).toEqual(["ICE", "CBP"]);
    expect(revealAnswer(trueFalse).lines).toEqual(["True"]);
    expect(revealAnswer(typed).lines).toEqual(["Homeland Security Investigations"]);
    expect(revealAnswer(ordering).lines).toEqual(ordering.items);
    expect(revealAnswer(matching).lines[0]).toBe("HSI → Investigations");
  });

  it("renders a learner's answer, skipping what points nowhere", () => {
    expect(describeAnswer(matching, { type: "matching", matches: [1, null] })).toEqual([
      "HSI → Removals",
      "ERO → (no match)",
      "OPLA → (no match)",
      "OPR → (no match)",
    ]);
    expect(describeAnswer(ordering, { type: "ordering", order: [3, 3, 9, 0] })).toEqual(["Removal", "Arrest"]);
    expect(describeAnswer(single, { type: "typed", text: "ICE" })).toEqual([]);
  });
});
