// next-auth's endpoints (sign-in callback, sign-out, CSRF token, session). Configuration: lib/auth/options.ts.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
