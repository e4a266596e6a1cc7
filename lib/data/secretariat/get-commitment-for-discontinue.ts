import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { isUuid } from "@/lib/validation/uuid";
import { authorizeSecretariat, consoleRead } from "@/lib/auth/authorize-secretariat";

export async function getCommitmentForDiscontinue(user: SessionUser | null, id: string) {
  await authorizeSecretariat(user, consoleRead("commitment"));
  if (!isUuid(id)) return null;
  return db.commitment.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      title: true,
      version: true,
      approval: true,
      currentStatus: true,
      discontinuedReason: true,
      member: { select: { name: true } },
    },
  });
}
