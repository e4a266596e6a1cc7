// Guards for server code that acts for the signed-in user. Each returns the user or throws AuthorizationError.
import "server-only";
import { AuthorizationError } from "./authorization-error";
import { isFocalPointOf, isSecretariat } from "./policy";
import { getSessionUser, type SessionUser } from "./session";

export { AuthorizationError } from "./authorization-error";

export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AuthorizationError("unauthenticated");
  return user;
}

export async function requireSecretariat(): Promise<SessionUser> {
  const user = await requireUser();
  if (!isSecretariat(user)) throw new AuthorizationError("forbidden");
  return user;
}

/** The signed-in user, if they are an active focal point of `memberId` (an id read from the database, never one
 * sent by the browser). */
export async function requireFocalPointOf(memberId: string): Promise<SessionUser> {
  const user = await requireUser();
  if (!isFocalPointOf(user, memberId)) throw new AuthorizationError("forbidden");
  return user;
}
