import "server-only";
import { db } from "@/lib/db";
import { AuthorizationError } from "@/lib/auth/authorization-error";
import { canUseSecretariatTools } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";

export type CommitmentForExport = Awaited<ReturnType<typeof listCommitmentsForExport>>[number];

/** Every commitment with what the CSV export shows of it (lib/exports/commitments-csv.ts), for the secretariat. */
export async function listCommitmentsForExport(user: SessionUser | null) {
  if (!canUseSecretariatTools(user)) throw new AuthorizationError(user ? "forbidden" : "unauthenticated");
  return db.commitment.findMany({
    orderBy: [{ member: { name: "asc" } }, { slug: "asc" }],
    select: {
      slug: true,
      title: true,
      pillars: true,
      targetDate: true,
      approval: true,
      currentStatus: true,
      currentPercent: true,
      lastPublishedAt: true,
      isDemo: true,
      member: { select: { name: true, kind: true, isoCode: true, isDemo: true } },
      meeting: { select: { title: true, startDate: true } },
      themes: { select: { theme: { select: { name: true, sortOrder: true } } } },
      updates: {
        where: { reviewState: "PUBLISHED" },
        orderBy: { publishedAt: "desc" },
        take: 1,
        select: { isDemo: true, verification: true },
      },
    },
  });
}
