import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth-options";

// next-auth's own endpoints: sign-in, sign-out, session, CSRF token, OAuth callbacks.
const handler = NextAuth(authOptions);
export { handler as GET, handler as POST };
