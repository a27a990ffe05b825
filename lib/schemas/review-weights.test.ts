import { describe, expect, it } from "vitest";
import { default_w } from "ts-fsrs";
import { weightsSchema } from "@/lib/schemas/review";

// FSRS weights are stored as the learner's parameters: only values ts-fsrs would use unchanged.
describe("FSRS weights", () => {
  it("accepts ts-fsrs's defaults", () => {
    expect(weightsSchema.safeParse([...default_w]).success).toBe(true);
  });

  it("refuses weights outside ts-fsrs's ranges, naming the weight and its range", () => {
    const result = weightsSchema.safeParse(Array.from({ length: 21 }, () => -5));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: [0], message: "weight 0 must be between 0.001 and 100" });
    const oneOff = [...default_w];
    oneOff[20] = 5;
    expect(weightsSchema.safeParse(oneOff).error?.issues.map((i) => i.path)).toEqual([[20]]);
  });

  it("refuses non-finite values and wrong lengths", () => {
    expect(weightsSchema.safeParse([...default_w.slice(0, 20), Number.POSITIVE_INFINITY]).success).toBe(false);
    expect(weightsSchema.safeParse(default_w.slice(0, 20)).success).toBe(false);
  });
});
