import { describe, expect, it } from "vitest";
import {
  DEFAULT_AFTER_SIGN_IN,
  safeCallbackPath,
  signInPath,
  landingAfterSignIn,
  inPreferredLanguage,
} from "./callback-url";

const ORIGIN = "https://tracker.example.org";
const safe = (raw: unknown) => safeCallbackPath(raw, ORIGIN);

describe("safeCallbackPath", () => {
  it("keeps same-origin paths with their query and fragment", () => {
    expect(safe("/workspace")).toBe("/workspace");
    expect(safe("/commitments?theme=localisation&page=2#list")).toBe("/commitments?theme=localisation&page=2#list");
    expect(safe("/workspace/commitments/colombia-gender-sub-committee/update")).toBe(
      "/workspace/commitments/colombia-gender-sub-committee/update",
    );
  });

  it("turns absolute URLs on our own origin into paths", () => {
    expect(safe("https://tracker.example.org/secretariat")).toBe("/secretariat");
    expect(safe("https://tracker.example.org")).toBe("/");
  });

  it.each([
    ["another origin", "https://evil.example/workspace"],
    ["a look-alike host", "https://tracker.example.org.evil.example/"],
    ["another scheme on our host", "http://tracker.example.org/workspace"],
    ["a protocol-relative URL", "//evil.example/workspace"],
    ["a backslash trick", "/\\evil.example"],
    ["a backslash-only trick", "\\\\evil.example"],
    ["a tab inside the URL", "/\t/evil.example"],
    ["a newline inside the URL", "/work\nspace"],
    ["dot segments that normalise to //", "/.//evil.example"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a data: URL", "data:text/html,<script>alert(1)</script>"],
    ["a relative path without a leading slash", "workspace"],
    ["userinfo on another host", "https://tracker.example.org@evil.example/"],
    ["the sign-in page itself", "/sign-in?callbackUrl=/workspace"],
    ["next-auth's endpoints", "/api/auth/signout"],
    ["an empty string", ""],
    ["a non-string", ["/workspace"]],
    ["an overlong value", `/${"a".repeat(3000)}`],
  ])("falls back for %s", (_label, raw) => {
    expect(safe(raw)).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  it("uses the fallback it is given", () => {
    expect(safeCallbackPath("https://evil.example", ORIGIN, "/")).toBe("/");
  });
});

describe("signInPath", () => {
  it("encodes the callback path as a query parameter", () => {
    expect(signInPath("/workspace/commitments/a-b/update?x=1&y=2")).toBe(
      "/sign-in?callbackUrl=%2Fworkspace%2Fcommitments%2Fa-b%2Fupdate%3Fx%3D1%26y%3D2",
    );
  });
});

describe("after sign-in", () => {
  it("goes through the language landing, which keeps the callback on this site", () => {
    expect(landingAfterSignIn("/workspace?x=1")).toBe("/language/signed-in?to=%2Fworkspace%3Fx%3D1");
    expect(safe(landingAfterSignIn("/workspace"))).toBe("/language/signed-in?to=%2Fworkspace");
  });

  it("lands in the user's language, unless the address already names one or the user chose none", () => {
    expect(inPreferredLanguage("/workspace", "fr")).toBe("/fr/workspace");
    expect(inPreferredLanguage("/secretariat?tab=1", "ar")).toBe("/ar/secretariat?tab=1");
    expect(inPreferredLanguage("/es/commitments", "fr")).toBe("/es/commitments");
    expect(inPreferredLanguage("/workspace", "en")).toBe("/workspace");
    expect(inPreferredLanguage("/workspace", null)).toBe("/workspace");
  });
});
