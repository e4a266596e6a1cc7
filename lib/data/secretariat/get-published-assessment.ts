import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorizeSecretariat, consoleRead } from "@/lib/auth/authorize-secretariat";
import { PUBLISHED_RECORD_SELECT } from "./published-record-select";

/**
 * One published independent assessment as the secretariat sees it: what the public sees, what was redacted and when
 * (its narrative, links, responses), and the parts its reviewer marked "secretariat only" (decision 0023). Null when
 * there is no such published assessment.
 */
export async function getPublishedAssessment(user: SessionUser | null, assessmentId: string) {
  await authorizeSecretariat(user, consoleRead("published_assessment"));
  if (!z.uuid().safeParse(assessmentId).success) return null;
  return db.assessment.findFirst({
    where: { id: assessmentId, reviewState: "PUBLISHED" },
    select: {
      ...PUBLISHED_RECORD_SELECT,
      organisation: { select: { name: true } },
      responses: {
        orderBy: { publishedAt: "asc" },
        select: {
          id: true,
          text: true,
          textRedactedAt: true,
          language: true,
          publishedAt: true,
          member: { select: { name: true } },
        },
      },
    },
  });
}
