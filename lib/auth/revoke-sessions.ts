import "server-only";
import type { Tx } from "@/lib/db";

/**
 * Ends every session of a user at their next request, on every device and app server, by moving
 * users.session_version on (see lib/auth/options.ts). Call it inside the transaction of the change that requires
 * it: deactivation, password change, "sign out everywhere"; that change writes the audit row.
 */
export async function revokeSessions(tx: Tx, userId: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
