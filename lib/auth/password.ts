// Password hashing: argon2id with OWASP's baseline parameters (19 MiB, 2 passes, 1 lane), which are also the
// library's defaults; they are spelled out so that a library upgrade cannot silently change them. Not marked
// server-only so that the seed and test factories (plain Node scripts) can hash with the same policy.
import { hash, verify, type Algorithm } from "@node-rs/argon2";
import { PASSWORD_MAX_LENGTH } from "@/lib/validation/sign-in";

/** `Algorithm` is an ambient const enum, which isolatedModules cannot read by name; 2 is Argon2id in its typings. */
const ARGON2ID: Algorithm = 2;
const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 };

export function hashPassword(password: string): Promise<string> {
  if (password.length > PASSWORD_MAX_LENGTH) throw new RangeError("Password is longer than PASSWORD_MAX_LENGTH");
  return hash(password, ARGON2_OPTIONS);
}

/** False for a wrong password and for anything that is not a valid argon2 hash; never throws on bad input. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as checking a real password, for sign-in attempts with an unknown email or an account with
 * no password yet, so that response times do not reveal which email addresses have accounts.
 */
export async function verifyAgainstDummyHash(password: string): Promise<false> {
  dummyHash ??= hashPassword("dummy password that never matches: " + crypto.randomUUID());
  await verifyPassword(await dummyHash, password);
  return false;
}
