import { describe, expect, it } from "vitest";
import { signInSchema } from "./sign-in";

describe("signInSchema", () => {
  it("lower-cases and trims the email, and keeps the password exactly as typed", () => {
    const parsed = signInSchema.parse({ email: "  Focal.Colombia@Demo.Example.org ", password: "  spaced  " });
    expect(parsed).toEqual({ email: "focal.colombia@demo.example.org", password: "  spaced  " });
  });

  it("accepts long passphrases without truncating them", () => {
    const password = "correct horse battery staple ".repeat(40);
    expect(password.length).toBeGreaterThan(1000);
    expect(signInSchema.parse({ email: "a@b.org", password }).password).toBe(password);
  });

  it("refuses an empty password, a malformed email and absurdly long input", () => {
    expect(signInSchema.safeParse({ email: "a@b.org", password: "" }).success).toBe(false);
    expect(signInSchema.safeParse({ email: "not-an-email", password: "x" }).success).toBe(false);
    expect(signInSchema.safeParse({ email: "a@b.org", password: "x".repeat(5000) }).success).toBe(false);
  });
});
