import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import { clientAddress } from "@/lib/server/client-address";
import { sameSiteRedirect } from "@/lib/server/auth-request";
import { roleSchema } from "@/lib/schemas/user";
import { authSecret } from "@/lib/server/env";
import { findOrCreateOAuthUser } from "@/lib/server/data/users";
import { checkCredentials } from "@/lib/server/sign-in";
import { endSession, openSessionUser, startSession } from "@/lib/server/data/sessions";
import type { SessionUser } from "@/lib/domain/access";

// next-auth configuration: email + password (argon2id), OAuth providers when configured, JWT
// sessions carrying the user id, role and a server-side session id. The session id is checked on
// every request (one read by primary key), so sign-out, "sign out everywhere" and a password change
// end sessions for good, not only in the browser that asked.

// How long a session lasts from sign-in, whatever its activity.
export const sessionMaxAgeSeconds = 30 * 24 * 60 * 60;

// Error codes the sign-in form turns into messages (see components/auth/sign-in-form.tsx).
export const signInErrors = { throttled: "TooManyAttempts", invalid: "CredentialsSignin", unverified: "EmailUnverified" } as const;

// next-auth v4 needs an origin; trust the Host header unless NEXTAUTH_URL pins one, so that the
// app works on any PORT and behind a proxy that sets X-Forwarded-Host.
if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= "true";

// The account read with each open session (by the session callback below), so that
// getSessionUser needs no second read; keyed by the session object getServerSession returns.
export const sessionAccounts = new WeakMap<object, SessionUser>();

export const githubEnabled = Boolean(process.env.GITHUB_ID && process.env.GITHUB_SECRET);

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  logger: {
    // An unreadable session cookie (tampered, or signed with an old secret) is the visitor's
    // problem, not the server's: one line, no stack trace, and the visitor is simply signed out.
    error(code, metadata) {
      if (code === "JWT_SESSION_ERROR") {
        console.warn("[next-auth] an unreadable session cookie was ignored (JWT_SESSION_ERROR)");
        return;
      }
      console.error(`[next-auth][error][${code}]`, metadata);
    },
    warn(code) {
      console.warn(`[next-auth][warn][${code}]`);
    },
    debug() {},
  },
  session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
  // Errors (a wrong password posted without JavaScript, a throttled sign-in) land on the sign-in page.
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const headers = (req?.headers ?? {}) as Record<string, string | undefined>;
        const outcome = await checkCredentials(credentials, clientAddress((name) => headers[name]));
        if (outcome.status === "throttled") throw new Error(signInErrors.throttled);
        if (outcome.status === "unverified") throw new Error(signInErrors.unverified);
        return outcome.status === "ok" ? outcome.user : null;
      },
    }),
    ...(githubEnabled ? [GitHubProvider({ clientId: process.env.GITHUB_ID!, clientSecret: process.env.GITHUB_SECRET! })] : []),
  ],
  callbacks: {
    redirect: async (params) => sameSiteRedirect(params),
    async signIn({ user, account }) {
      if (!account || account.provider === "credentials") return true;
      // OAuth: link the identity to an account (created as a student on first sign-in).
      const linked = await findOrCreateOAuthUser({
        provider: account.provider,
        providerAccountId: account.providerAccountId,
        email: user.email ?? null,
        name: user.name ?? null,
      });
      if (!linked) return false;
      user.id = linked.id;
      (user as { role?: string }).role = linked.role;
      return true;
    },
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = roleSchema.catch("student").parse((user as { role?: unknown }).role);
        token.sid = await startSession(user.id, new Date(), sessionMaxAgeSeconds * 1000);
      }
      return token;
    },
    // Runs on every getServerSession: a token whose server-side session has ended (or that predates
    // server-side sessions) yields a session without a user, which every check treats as signed out.
    async session({ session, token }) {
      const account = token.sub && token.sid ? await openSessionUser(token.sid, token.sub, new Date(), sessionMaxAgeSeconds * 1000) : null;
      if (!account) return { expires: session.expires } as typeof session;
      sessionAccounts.set(session, account);
      if (session.user && token.sub) {
        session.user.id = token.sub;
        session.user.role = roleSchema.catch("student").parse(token.role);
      }
      session.sessionId = token.sid;
      return session;
    },
  },
  events: {
    // Sign-out ends this session on the server too: a copy of the token stops working.
    async signOut({ token }) {
      if (token?.sid) await endSession(token.sid);
    },
  },
};
