import "server-only";
import { headers } from "next/headers";
import { clientAddressFrom, trustedProxyCount } from "@/lib/domain/throttle";

// The client's address for the throttles, as the TRUSTED_PROXIES in front of the app report it.
export function clientAddress(header: (name: string) => string | null | undefined): string | null {
  return clientAddressFrom(header("x-forwarded-for"), header("x-real-ip"), trustedProxyCount(process.env.TRUSTED_PROXIES));
}

// The same for the request being handled (server actions); null outside a request.
export async function requestClientAddress(): Promise<string | null> {
  let requestHeaders: Headers;
  try {
    requestHeaders = await headers();
  } catch {
    return null;
  }
  return clientAddress((name) => requestHeaders.get(name));
}
