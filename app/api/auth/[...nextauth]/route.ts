// next-auth's endpoints (sign-in callback, sign-out, CSRF token, session). Configuration: lib/auth/options.ts.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// next-auth v4 types its App Router handler loosely (any); this is the signature Next calls it with.
const handler = NextAuth(authOptions) as (
  request: Request,
  context: { params: Promise<{ nextauth: string[] }> },
) => Promise<Response>;

export { handler as GET, handler as POST };
