import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorizeSecretariat, consoleRead } from "@/lib/auth/authorize-secretariat";

/**
 * One published update as the secretariat sees it: what the public sees, what was redacted and when, and the parts
 * its author marked "secretariat only" (decision 0023). Null when there is no such published update.
 */
export async function getPublishedUpdate(user: SessionUser | null, updateId: string) {
  await authorizeSecretariat(user, consoleRead("published_update"));
  if (!z.uuid().safeParse(updateId).success) return null;
  return db.progressUpdate.findFirst({
    where: { id: updateId, reviewState: "PUBLISHED" },
    select: {
      id: true,
      version: true,
      status: true,
      narrative: true,
      language: true,
      publishedAt: true,
      narrativeRedactedAt: true,
      evidence: { select: { id: true, url: true, label: true }, orderBy: { url: "asc" } },
      redactedEvidence: { select: { id: true, redactedAt: true }, orderBy: { redactedAt: "asc" } },
      privateEvidence: { select: { url: true, label: true }, orderBy: { url: "asc" } },
      privatePassage: { select: { body: true } },
      commitment: { select: { slug: true, title: true, member: { select: { name: true } } } },
    },
  });
}
