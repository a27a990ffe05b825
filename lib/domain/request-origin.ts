// Cross-site request forgery: a page elsewhere (another site, or another port of this one) can make
// the browser send a request here with the user's cookie. Every state-changing request must show it
// came from this origin: an Origin header naming this host, and no Sec-Fetch-Site other than
// "same-origin". Bodies sent to the JSON API must be JSON, which a plain HTML form cannot send and
// a cross-site fetch cannot send without a CORS preflight (which this app never grants).

export type RequestFacts = {
  method: string;
  pathname: string;
  // The Origin header (null when absent).
  origin: string | null;
  // The Sec-Fetch-Site header (null when absent).
  secFetchSite: string | null;
  // The hosts (host[:port]) this app answers as: Host, X-Forwarded-Host, NEXTAUTH_URL's host.
  hosts: readonly string[];
  contentType: string | null;
  hasBody: boolean;
  // The declared Content-Length, when there is one.
  contentLength?: number | null;
  // Whether this is a server action (a POST to a page, with or without the Next-Action header).
  serverAction?: boolean;
};

export type Refusal = { status: 403 | 413 | 415; message: string };

// Next.js refuses server-action bodies over 1 MB (its default bodySizeLimit) by throwing, which
// answers 500; a declared size over it is refused here first with 413, and a body sent without a
// declared size (chunked) is counted first (see bodyExceeds).
export const serverActionBodyLimit = 1024 * 1024;
export const bodyTooLarge: Refusal = { status: 413, message: "The form sent is too large (limit 1 MB)." };

// Whether a body is longer than `limit` bytes, reading no more than the first chunk past it.
export async function bodyExceeds(body: ReadableStream<Uint8Array>, limit: number): Promise<boolean> {
  const reader = body.getReader();
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return false;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return true;
    }
  }
}

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

// Why this request must be refused before any handler runs, or null to let it through.
export function refuseCrossSite(facts: RequestFacts): Refusal | null {
  if (safeMethods.has(facts.method.toUpperCase())) return null;
  if (!isSameOrigin(facts)) return { status: 403, message: "Cross-site request refused: state-changing requests must come from this site (Origin)." };
  if (facts.serverAction && (facts.contentLength ?? 0) > serverActionBodyLimit) return bodyTooLarge;
  if (facts.pathname.startsWith("/api/v1/") && (facts.hasBody || facts.contentType !== null) && !isJson(facts.contentType)) {
    return { status: 415, message: "Send the request body as JSON (Content-Type: application/json)." };
  }
  return null;
}

// Whether the browser says the request came from this origin.
function isSameOrigin({ origin, secFetchSite, hosts }: RequestFacts): boolean {
  if (secFetchSite !== null && secFetchSite.toLowerCase() !== "same-origin") return false;
  if (origin === null) return secFetchSite !== null;
  let host: string;
  try {
    host = new URL(origin).host.toLowerCase();
  } catch {
    return false; // "null" and anything else that is not an origin
  }
  return hosts.some((h) => h.toLowerCase() === host);
}

function isJson(contentType: string | null): boolean {
  if (!contentType) return false;
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  return type === "application/json";
}
