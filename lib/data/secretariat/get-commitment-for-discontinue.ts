import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { isUuid } from "@/lib/validation/uuid";
import { authorizeSecretariatRead } from "./authorize-secretariat-read";

export async function getCommitmentForDiscontinue(user: SessionUser | null, id: string) {
  await authorizeSecretariatRead(user, "commitment");
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
