// Seeded randomness: every draw and shuffle takes an `Rng`, so a quiz is reproducible from its seed
// (the server can rebuild exactly what a learner was shown) and tests are deterministic.
// Not cryptographic: fine for picking and shuffling questions, never for secrets.

// Returns floats in [0, 1), like Math.random.
export type Rng = () => number;

// Hashes a string seed to 32 bits (xmur3-style mixing), so nearby seeds give unrelated streams.
export function hashSeed(seed: string): number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^ (h >>> 16)) >>> 0;
}

// mulberry32: tiny, fast and well distributed enough for shuffling a few dozen items.
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The usual entry point: an Rng from a string seed such as `${attemptId}:${questionId}`.
export function createRng(seed: string): Rng {
  return mulberry32(hashSeed(seed));
}

// A uniform integer in [0, maxExclusive); clamped in case a custom Rng returns exactly 1.
export function randomInt(rng: Rng, maxExclusive: number): number {
  return Math.min(maxExclusive - 1, Math.max(0, Math.floor(rng() * maxExclusive)));
}

// Fisher-Yates shuffle into a new array; the input is left untouched.
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(rng, i + 1);
    const held = out[i] as T;
    out[i] = out[j] as T;
    out[j] = held;
  }
  return out;
}
