import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseJsonBody } from "@/lib/server/http";

// The JSON body reader against hostile bodies: each gets a 4xx with a message, never a 500.
const request = (body: string) => new Request("http://localhost/api/v1/x", { method: "POST", headers: { "content-type": "application/json" }, body });
const schema = z.strictObject({ name: z.string() });

describe("parseJsonBody", () => {
  it("answers a body nested 16,000-20,000 deep with 400 and a message, not a stack overflow", async () => {
    for (const body of ["[".repeat(20_000) + "]".repeat(20_000), '{"a":'.repeat(16_000) + "1" + "}".repeat(16_000)]) {
      const parsed = await parseJsonBody(request(body), schema);
      expect(parsed.response?.status).toBe(400);
      expect((await parsed.response!.json()).error).toBe("Request body nests too deeply (limit 64 levels).");
    }
  });

  it("still finds a NUL anywhere, with its path, and lets ordinary bodies through", async () => {
    const nul = await parseJsonBody(request(JSON.stringify({ name: "ok", list: [{ deep: ["x", "a\u0000b"] }] })), schema);
    expect(nul.response?.status).toBe(422);
    expect((await nul.response!.json()).issues[0].path).toBe("list.0.deep.1");
    expect((await parseJsonBody(request(JSON.stringify({ name: "Ann" })), schema)).data).toEqual({ name: "Ann" });
    expect((await parseJsonBody(request("[".repeat(60) + "]".repeat(60)), schema)).response?.status).toBe(422);
  });
});
