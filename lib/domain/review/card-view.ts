import type { Flashcard } from "@/lib/schemas/content";

// What the reviewer shows of a flashcard: a basic card's front and back, or a cloze sentence split
// around its hidden part (front: the sentence with a blank; back: the sentence with the part marked).

export type CardFaces = { kind: "basic"; front: string; back: string } | { kind: "cloze"; before: string; hidden: string; after: string };

const CLOZE = /\{\{([^{}]+)\}\}/;

// The two faces of an authored flashcard.
export function cardFaces(card: Flashcard): CardFaces {
  if (card.kind === "basic") return { kind: "basic", front: card.front, back: card.back };
  const match = CLOZE.exec(card.text);
  // The content schema guarantees exactly one {{part}}; a card without one shows whole on both faces.
  if (!match) return { kind: "cloze", before: card.text, hidden: "", after: "" };
  return { kind: "cloze", before: card.text.slice(0, match.index), hidden: match[1] ?? "", after: card.text.slice(match.index + match[0].length) };
}

// The front as plain text (cloze blank shown as "[…]"), for labels and listings.
export function frontText(faces: CardFaces): string {
  return faces.kind === "basic" ? faces.front : `${faces.before}[…]${faces.after}`;
}
