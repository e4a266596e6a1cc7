// What our session token and session object carry beyond next-auth's defaults (see lib/auth/session-user.ts).
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    sessionVersion: number;
    sessionId: string;
    signedInAt: number;
  }
  interface Session {
    userId?: string;
    sessionVersion?: number;
    signedInAt?: number;
    sid?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId?: string;
    sessionVersion?: number;
    signedInAt?: number;
    sid?: string;
  }
}
