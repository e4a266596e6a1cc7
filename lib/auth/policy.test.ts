import { describe, expect, it } from "vitest";
import { canPostProgressUpdate, isFocalPointOf, isSecretariat } from "./policy";

const COLOMBIA = "00000000-0000-4000-8000-000000000001";
const SWEDEN = "00000000-0000-4000-8000-000000000002";
const colombiaFocalPoint = { role: "FOCAL_POINT" as const, memberId: COLOMBIA };
const secretariat = { role: "SECRETARIAT" as const, memberId: null };

describe("policy", () => {
  it("lets a focal point post updates on their own member's commitments only", () => {
    expect(canPostProgressUpdate(colombiaFocalPoint, { memberId: COLOMBIA })).toBe(true);
    expect(canPostProgressUpdate(colombiaFocalPoint, { memberId: SWEDEN })).toBe(false);
  });

  it("does not let the secretariat or an anonymous visitor post updates", () => {
    expect(canPostProgressUpdate(secretariat, { memberId: COLOMBIA })).toBe(false);
    expect(canPostProgressUpdate(null, { memberId: COLOMBIA })).toBe(false);
  });

  it("never treats a focal point without a member as anyone's focal point", () => {
    expect(isFocalPointOf({ role: "FOCAL_POINT", memberId: null }, COLOMBIA)).toBe(false);
  });

  it("keeps the secretariat tools for the secretariat", () => {
    expect(isSecretariat(secretariat)).toBe(true);
    expect(isSecretariat(colombiaFocalPoint)).toBe(false);
    expect(isSecretariat(null)).toBe(false);
  });
});
