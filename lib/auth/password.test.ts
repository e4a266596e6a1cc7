import { describe, expect, it } from "vitest";
import { passwordProblems } from "@/lib/validation/password-policy";
import { hashPassword, verifyAgainstDummyHash, verifyPassword } from "./password";

describe("password hashing", () => {
  it("hashes with argon2id and verifies only the same password", async () => {
    const hash = await hashPassword("demo-password-2018");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "demo-password-2018")).toBe(true);
    expect(await verifyPassword(hash, "demo-password-2019")).toBe(false);
  });

  it("never truncates: passwords differing only after 1,000 characters are different", async () => {
    const prefix = "p".repeat(1500);
    const hash = await hashPassword(`${prefix}a`);
    expect(await verifyPassword(hash, `${prefix}a`)).toBe(true);
    expect(await verifyPassword(hash, `${prefix}b`)).toBe(false);
  });

  it("answers false, without throwing, for something that is not a hash", async () => {
    expect(await verifyPassword("not-a-hash", "x")).toBe(false);
    expect(await verifyAgainstDummyHash("x")).toBe(false);
  });
});

describe("long passwords are never truncated", () => {
  it("two passphrases differing only at character 200 do not verify against each other", async () => {
    const prefix = "lantern river cobalt orchard ".repeat(10).slice(0, 199);
    const first = `${prefix}A and then some more words`;
    const second = `${prefix}B and then some more words`;
    expect(passwordProblems(first)).toEqual([]);
    const hash = await hashPassword(first);
    expect(await verifyPassword(hash, first)).toBe(true);
    expect(await verifyPassword(hash, second)).toBe(false);
  });
});
