// Where to go after sign-in: only paths on this site, so a crafted link cannot send people away.
// The value arrives in a link, and browsers are lenient readers of URLs: they drop tabs and newlines
// anywhere, treat "\" like "/", and some layers decode "%2F" once more. So the value is judged in
// every form it can take (raw and decoded up to a few times); each must be a path that stays here.

const maxDecodes = 4;
const invisible = /[\p{Cc}\p{Cf}\p{Z}\s]/gu;
const refusedPrefixes = ["/sign-in", "/sign-up", "/api/"];

// The value itself when it is a same-origin path (or an absolute URL on `origin`, as its path); otherwise `fallback`.
export function safeCallbackUrl(value: unknown, fallback = "/dashboard", origin?: string): string {
  if (typeof value !== "string") return fallback;
  let candidate = value;
  if (origin && candidate.startsWith(`${origin}/`)) candidate = candidate.slice(origin.length);
  const forms = decodedForms(candidate);
  if (!forms || !forms.every(staysOnSite)) return fallback;
  const last = forms[forms.length - 1]!.toLowerCase();
  if (refusedPrefixes.some((prefix) => last.startsWith(prefix))) return fallback;
  return candidate;
}

// The raw value and each successive decoding until it stops changing; null when it does not decode.
function decodedForms(value: string): string[] | null {
  const forms = [value];
  for (let i = 0; i < maxDecodes; i++) {
    let next: string;
    try {
      next = decodeURIComponent(forms[forms.length - 1]!);
    } catch {
      return null;
    }
    if (next === forms[forms.length - 1]) return forms;
    forms.push(next);
  }
  // Still changing after several decodings: nobody writes a return address like that.
  return null;
}

// One form is a path on this site: it starts with a single "/", has no control characters or
// backslashes, and does not become "//host" once invisible characters are dropped.
function staysOnSite(form: string): boolean {
  if (!form.startsWith("/") || form.includes("\\") || /\p{Cc}/u.test(form)) return false;
  const squeezed = form.replace(invisible, "");
  if (squeezed.startsWith("//")) return false;
  try {
    const base = "http://retain.invalid";
    return new URL(form, base).origin === base;
  } catch {
    return false;
  }
}
