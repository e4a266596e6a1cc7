import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorizeSecretariat, consoleRead } from "@/lib/auth/authorize-secretariat";
import { PUBLISHED_RECORD_SELECT } from "./published-record-select";

/**
 * One published update as the secretariat sees it: what the public sees, what was redacted and when, and the parts
 * its author marked "secretariat only" (decision 0023). Null when there is no such published update.
 */
export async function getPublishedUpdate(user: SessionUser | null, updateId: string) {
  await authorizeSecretariat(user, consoleRead("published_update"));
  if (!z.uuid().safeParse(updateId).success) return null;
  return db.progressUpdate.findFirst({
    where: { id: updateId, reviewState: "PUBLISHED" },
    select: PUBLISHED_RECORD_SELECT,
  });
}
