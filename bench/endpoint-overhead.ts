import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/endpoint";

// What endpoint() adds to each API request (request id, one pino log line, two metrics), beside
// the same trivial handler called bare, in one process and one run. The log goes to stdout:
// run with `> /dev/null` or LOG_LEVEL to compare levels.
//
//   LOG_LEVEL=info npx tsx --conditions=react-server bench/endpoint-overhead.ts > /dev/null

const rounds = Number(process.env.ROUNDS ?? 20_000);
const handler = async (request: Request) => NextResponse.json({ ok: true, method: request.method });
const wrapped = endpoint("/api/v1/bench", handler);

async function time(label: string, call: (request: Request) => Promise<Response>): Promise<number> {
  for (let i = 0; i < 2_000; i++) await call(new Request("http://localhost/api/v1/bench"));
  const started = performance.now();
  for (let i = 0; i < rounds; i++) await call(new Request("http://localhost/api/v1/bench"));
  const perRequestUs = ((performance.now() - started) / rounds) * 1000;
  console.error(`${label.padEnd(28)} ${perRequestUs.toFixed(1).padStart(7)} µs per request`);
  return perRequestUs;
}

async function main() {
  // Alternate, so neither side gets the warmer machine.
  const bare: number[] = [];
  const through: number[] = [];
  for (let i = 0; i < 3; i++) {
    bare.push(await time("bare handler", handler));
    through.push(await time(`endpoint() (LOG_LEVEL=${process.env.LOG_LEVEL ?? "info"})`, wrapped));
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[1]!;
  console.error(`endpoint() adds ${(median(through) - median(bare)).toFixed(1)} µs per request (median of 3 runs of ${rounds})`);
}

void main();
