import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/schemas/content";
import { createRng, drawQuestions, hashSeed, shuffle, type PoolQuestion } from "@/lib/domain/quiz/draw";
import { single, trueFalse, typed } from "@/lib/domain/quiz/test-fixtures";

const take = (seed: string, n: number) => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng());
};

describe("seeded randomness", () => {
  it("repeats the same stream for the same seed and differs between seeds", () => {
    expect(take("attempt-1", 20)).toEqual(take("attempt-1", 20));
    expect(take("attempt-1", 20)).not.toEqual(take("attempt-2", 20));
    expect(hashSeed("a")).not.toBe(hashSeed("b"));
  });
  it("yields floats in [0, 1)", () => {
    for (const x of take("range", 2000)) expect(x >= 0 && x < 1).toBe(true);
  });
  it("shuffles deterministically into a permutation, leaving the input untouched", () => {
    const input = Object.freeze(Array.from({ length: 20 }, (_, i) => i));
    const a = shuffle(input, createRng("s"));
    expect(a).toEqual(shuffle(input, createRng("s")));
    expect(a).not.toEqual(input);
    expect([...a].sort((x, y) => x - y)).toEqual(input);
    expect(shuffle(input, createRng("t"))).not.toEqual(a);
  });
  it("reaches every position (no stuck element)", () => {
    const firsts = new Set<number>();
    for (let s = 0; s < 200; s++) firsts.add(shuffle([0, 1, 2, 3], createRng(`seed-${s}`))[0] ?? -1);
    expect([...firsts].sort()).toEqual([0, 1, 2, 3]);
  });
});

// A pool of `sizes[i]` questions in section s<i>, alternating single and true/false.
function makePool(sizes: number[]): PoolQuestion[] {
  return sizes.flatMap((size, s) =>
    Array.from({ length: size }, (_, i): PoolQuestion => {
      const base: Question = i % 2 === 0 ? single : trueFalse;
      return { sectionId: `s${s}`, question: { ...base, id: `s${s}-q${i}` } };
    }),
  );
}
const countBySection = (drawn: PoolQuestion[]) =>
  drawn.reduce<Record<string, number>>((acc, d) => ({ ...acc, [d.sectionId]: (acc[d.sectionId] ?? 0) + 1 }), {});

describe("drawQuestions", () => {
  const pool = makePool([10, 10, 10]);

  it("draws the requested number of distinct questions", () => {
    const drawn = drawQuestions(pool, { count: 7 }, createRng("d"));
    expect(drawn).toHaveLength(7);
    expect(new Set(drawn.map((d) => d.question.id)).size).toBe(7);
  });
  it("spreads evenly across sections", () => {
    expect(countBySection(drawQuestions(pool, { count: 9 }, createRng("even")))).toEqual({ s0: 3, s1: 3, s2: 3 });
    const counts = Object.values(countBySection(drawQuestions(pool, { count: 10 }, createRng("odd"))));
    expect(counts.sort()).toEqual([3, 3, 4]);
  });
  it("fills from the other sections when one runs short", () => {
    const counts = countBySection(drawQuestions(makePool([1, 10, 10]), { count: 9 }, createRng("short")));
    expect(counts).toEqual({ s0: 1, s1: 4, s2: 4 });
  });
  it("filters by section and by type", () => {
    const bySection = drawQuestions(pool, { count: 30, sectionIds: ["s1"] }, createRng("f"));
    expect(bySection).toHaveLength(10);
    expect(bySection.every((d) => d.sectionId === "s1")).toBe(true);
    const byType = drawQuestions(pool, { count: 30, types: ["truefalse"] }, createRng("f"));
    expect(byType).toHaveLength(15);
    expect(byType.every((d) => d.question.type === "truefalse")).toBe(true);
    expect(drawQuestions(pool, { count: 5, types: ["typed"] }, createRng("f"))).toEqual([]);
  });
  it("returns the whole pool when asked for more, and nothing for count <= 0", () => {
    expect(drawQuestions(pool, { count: 100 }, createRng("all"))).toHaveLength(30);
    expect(drawQuestions(pool, { count: 0 }, createRng("none"))).toEqual([]);
    expect(drawQuestions(pool, { count: -3 }, createRng("none"))).toEqual([]);
  });
  it("counts a question listed twice once", () => {
    const twice = [{ sectionId: "a", question: typed }, { sectionId: "a", question: typed }];
    expect(drawQuestions(twice, { count: 2 }, createRng("dup"))).toHaveLength(1);
  });
  it("is deterministic for a seed and varies between seeds", () => {
    const ids = (seed: string) => drawQuestions(pool, { count: 6 }, createRng(seed)).map((d) => d.question.id);
    expect(ids("x")).toEqual(ids("x"));
    expect(ids("x")).not.toEqual(ids("y"));
  });
});
