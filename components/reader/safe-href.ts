// Links from the content (note sources, the article's sources) become links only when they are
// plain web addresses: anything else (javascript:, data:) is shown as text, never as a link.

// The address when it is http(s), else null.
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.toString() : null;
  } catch {
    return null;
  }
}

// The host name to show for a link ("www.uscis.gov"), or the text itself when it is not a URL.
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
