// Links from quiz feedback back to the reader.

// The reader's address for a quote: the section page highlights `quote` and scrolls to #quote.
export function sourceLink(sectionId: string, quote: string): string {
  return `/sections/${encodeURIComponent(sectionId)}?quote=${encodeURIComponent(quote)}#quote`;
}
