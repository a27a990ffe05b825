import "server-only";
import { NextRequest } from "next/server";
import { safeCallbackUrl } from "@/lib/domain/redirects";

// next-auth's endpoints read a `callbackUrl` from the query string and throw (a 500) on one that is
// not an http(s) URL, such as `javascript:…`. The request is passed on with that parameter replaced
// by a same-origin path (or dropped), so every value ends in a redirect that stays on this site.

// The request with its callbackUrl parameter made safe; the same request when there is nothing to change.
export async function withSafeCallbackUrl(request: NextRequest): Promise<NextRequest> {
  const url = new URL(request.url);
  const value = url.searchParams.get("callbackUrl");
  if (value === null) return request;
  const safe = safeCallbackUrl(value, "", url.origin);
  if (safe === value) return request;
  if (safe === "") url.searchParams.delete("callbackUrl");
  else url.searchParams.set("callbackUrl", safe);
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  return new NextRequest(url, { method: request.method, headers: request.headers, body: hasBody ? await request.arrayBuffer() : undefined });
}

// next-auth's redirect callback: only paths on this site, whatever the caller asked for.
export function sameSiteRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  return `${baseUrl}${safeCallbackUrl(url, "/", baseUrl)}`;
}
