// Class join codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), so a code
// read aloud or copied from a projector is typed right the first time. 31 symbols ^ 8 ≈ 8.5e11
// codes: guessing one is impractical and collisions are rare (the unique index catches them).

export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 8;

// Random bytes, injected so the domain stays free of node:crypto and tests stay deterministic.
export type RandomBytes = (count: number) => Uint8Array;

// A new join code. Bytes at or above the largest multiple of the alphabet size are rejected, so
// every symbol is equally likely (a plain modulo would favour the first symbols).
export function generateJoinCode(randomBytes: RandomBytes): string {
  const size = JOIN_CODE_ALPHABET.length;
  const limit = 256 - (256 % size);
  let code = "";
  for (let guard = 0; code.length < JOIN_CODE_LENGTH; guard++) {
    if (guard > 64) throw new Error("generateJoinCode: the random source keeps returning rejected bytes");
    for (const byte of randomBytes(JOIN_CODE_LENGTH * 2)) {
      if (byte < limit && code.length < JOIN_CODE_LENGTH) code += JOIN_CODE_ALPHABET[byte % size];
    }
  }
  return code;
}

// What a student typed, made comparable: upper case, spaces and hyphens dropped ("abcd-efgh").
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, "");
}

// Whether a (normalised) code could have been issued; anything else needs no database lookup.
export function isJoinCode(code: string): boolean {
  return code.length === JOIN_CODE_LENGTH && [...code].every((c) => JOIN_CODE_ALPHABET.includes(c));
}
