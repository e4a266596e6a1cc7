// The password check behind the Credentials provider. Every failure returns the same null, so the sign-in page can
// only ever say "email or password not right": it never reveals whether an address has an account, whether the
// account is deactivated, or whether its password has been set yet.
import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { signInSchema } from "@/lib/validation/sign-in";
import { actorFor } from "./actor";
import { verifyAgainstDummyHash, verifyPassword } from "./password";

export type AuthenticatedUser = { id: string; email: string; name: string; sessionVersion: number };

export type VerifiedUser = AuthenticatedUser & { memberId: string | null };

/**
 * The active account whose password this is, or null, after the same argon2 work whatever the answer. Records
 * nothing: the sign-in limits use it to decide on an emailed link (lib/auth/sign-in-links.ts).
 */
export async function verifyCredentials(credentials: unknown): Promise<VerifiedUser | null> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      passwordHash: true,
      active: true,
      sessionVersion: true,
      memberId: true,
    },
  });
  // Unknown email or no password set yet: still spend the time of a real check (timing must not tell them apart).
  if (!user?.passwordHash) return verifyAgainstDummyHash(password).then(() => null);
  // The password is checked before `active`, so a deactivated account answers exactly like a wrong password.
  if (!(await verifyPassword(user.passwordHash, password)) || !user.active) return null;
  const { id, name, sessionVersion, memberId } = user;
  return { id, email: user.email, name, sessionVersion, memberId };
}

export async function authenticateWithPassword(credentials: unknown): Promise<AuthenticatedUser | null> {
  const user = await verifyCredentials(credentials);
  if (!user) return null;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await writeAudit(tx, actorFor(user), {
      action: "auth.sign_in",
      entityType: "user",
      entityId: user.id,
      memberId: user.memberId,
    });
  });
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
