import type { DefaultSession } from "next-auth";
import type { Role } from "@/lib/schemas/user";

declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & { id: string; role: Role };
    // The server-side session this token belongs to (lib/server/data/sessions.ts).
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    // The server-side session id; a token whose session row is gone is signed out.
    sid?: string;
  }
}
