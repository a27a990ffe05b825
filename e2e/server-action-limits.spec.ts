import http from "node:http";
import { expect, test } from "@playwright/test";
import { baseURL } from "../playwright.config";

// Server-action bodies over 1 MB get a 413 with a message, also when sent chunked (no
// Content-Length), where Next.js's own limit answered 500; a small chunked form still reaches its
// action. The form is the no-JavaScript "Forgot your password?" post, fields taken from the page.

// Posts multipart `fields` to `path` in chunks (Transfer-Encoding: chunked), with this site's Origin.
function postChunked(path: string, fields: [string, string][]): Promise<{ status: number; body: string }> {
  const boundary = `----retain${Date.now()}`;
  const parts = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  parts.push(`--${boundary}--\r\n`);
  return new Promise((resolve, reject) => {
    const request = http.request(`${baseURL}${path}`, { method: "POST", headers: { origin: baseURL, "content-type": `multipart/form-data; boundary=${boundary}`, "transfer-encoding": "chunked" } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (c: Buffer) => chunks.push(c));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
    });
    request.on("error", (error) => ((error as NodeJS.ErrnoException).code === "EPIPE" || (error as NodeJS.ErrnoException).code === "ECONNRESET" ? undefined : reject(error)));
    for (const part of parts) for (let i = 0; i < part.length; i += 64 * 1024) request.write(part.slice(i, i + 64 * 1024));
    request.end();
  });
}

test("a chunked server-action body over 1 MB is a 413 with a message; a small one still reaches the action", async ({ page }) => {
  await page.goto("/forgot-password");
  const fields = await page.locator("form").evaluate((form: HTMLFormElement) => [...new FormData(form).entries()].map(([k, v]) => [k, String(v)] as [string, string]));
  const email = fields.findIndex(([name]) => name === "email");
  expect(email).toBeGreaterThanOrEqual(0);
  fields[email] = ["email", "chunked@example.com"];

  const small = await postChunked("/forgot-password", fields);
  expect(small.status).toBe(200);
  expect(small.body).toContain("If an account uses that address, we sent it a link");

  const big = await postChunked("/forgot-password", [...fields, ["padding", "x".repeat(1024 * 1024 + 10)]]);
  expect(big.status).toBe(413);
  expect(big.body).toBe("The form sent is too large (limit 1 MB).");
});
