import { describe, expect, it } from "vitest";
import { lockErrorCode, parseSignInError } from "./sign-in-errors";

describe("sign-in error codes", () => {
  it("carry a lock and its minutes through next-auth's error parameter", () => {
    expect(lockErrorCode({ scope: "account", minutes: 12 })).toBe("AccountLocked-12");
    expect(parseSignInError("AccountLocked-12")).toEqual({ kind: "accountLocked", minutes: 12 });
    expect(lockErrorCode({ scope: "network", minutes: 3 }, { linkOffered: true })).toBe("SignInLinkOffered-3");
    expect(parseSignInError("SignInLinkOffered-3")).toEqual({ kind: "signInLinkOffered", minutes: 3 });
  });

  it("clamp minutes that arrive in a URL, and treat anything unknown as the general error", () => {
    expect(parseSignInError("AccountLocked-99")).toEqual({ kind: "accountLocked", minutes: 15 });
    expect(parseSignInError("AccountLocked-0")).toEqual({ kind: "accountLocked", minutes: 1 });
    expect(parseSignInError("AccountLocked-1000")).toEqual({ kind: "default" });
    expect(parseSignInError("<script>")).toEqual({ kind: "default" });
    expect(parseSignInError("NetworkLocked-3")).toEqual({ kind: "default" });
    expect(parseSignInError("CredentialsSignin")).toEqual({ kind: "CredentialsSignin" });
    expect(parseSignInError(undefined)).toBeNull();
  });
});
