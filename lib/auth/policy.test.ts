import { describe, expect, it } from "vitest";
import { canPostProgressUpdate, isFocalPointOf, isSecretariat } from "./policy";

const COLOMBIA = "00000000-0000-4000-8000-000000000001";
const SWEDEN = "00000000-0000-4000-8000-000000000002";
const colombiaFocalPoint = { role: "FOCAL_POINT" as const, memberId: COLOMBIA };
const secretariat = { role: "SECRETARIAT" as const, memberId: null };

describe("policy", () => {
  const pledgeOf = (...memberIds: string[]) => ({ kind: "PLEDGE" as const, memberIds });

  it("lets a focal point post updates on their own member's pledges only, joint ones included", () => {
    expect(canPostProgressUpdate(colombiaFocalPoint, pledgeOf(COLOMBIA))).toBe(true);
    expect(canPostProgressUpdate(colombiaFocalPoint, pledgeOf(SWEDEN))).toBe(false);
    expect(canPostProgressUpdate(colombiaFocalPoint, pledgeOf(SWEDEN, COLOMBIA))).toBe(true);
  });

  it("lets no one post updates on a recommendation or a practice shared", () => {
    for (const kind of ["RECOMMENDATION", "PRACTICE"] as const) {
      expect(canPostProgressUpdate(colombiaFocalPoint, { kind, memberIds: [COLOMBIA] })).toBe(false);
    }
  });

  it("does not let the secretariat or an anonymous visitor post updates", () => {
    expect(canPostProgressUpdate(secretariat, pledgeOf(COLOMBIA))).toBe(false);
    expect(canPostProgressUpdate(null, pledgeOf(COLOMBIA))).toBe(false);
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
