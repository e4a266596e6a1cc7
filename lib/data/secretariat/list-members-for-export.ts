import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorizeSecretariat, consoleRead } from "@/lib/auth/authorize-secretariat";
import { memberWhere, type MemberFilters } from "./list-members";

/** The members ticked in the register (or, when none is ticked, every member the filters show), for a CSV. */
export async function listMembersForExport(
  user: SessionUser | null,
  ids: string[],
  filters: Omit<MemberFilters, "page">,
) {
  await authorizeSecretariat(user, consoleRead("members_export"));
  return db.member.findMany({
    where: ids.length ? { id: { in: ids } } : memberWhere(filters),
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      slug: true,
      name: true,
      shortName: true,
      kind: true,
      isoCode: true,
      regionalGroup: true,
      isDemo: true,
      _count: { select: { commitments: true, users: { where: { role: "FOCAL_POINT", active: true } } } },
    },
  });
}
