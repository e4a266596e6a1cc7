// What a refused request must leave as it was: every table's row count (the audit log aside: a refusal of a signed-in
// user adds its own row) and a fingerprint of the rows a write could change in place. Used by the authorization
// matrix and the hostile-input fuzz test.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export type DatabaseSnapshot = Awaited<ReturnType<typeof databaseSnapshot>>;

export async function databaseSnapshot() {
  const models = Object.values(Prisma.ModelName).filter((name) => name !== "AuditLog");
  const counts = Object.fromEntries(
    await Promise.all(
      models.map(async (name) => {
        const delegate = (db as unknown as Record<string, { count: () => Promise<number> }>)[
          name[0]!.toLowerCase() + name.slice(1)
        ]!;
        return [name, await delegate.count()] as const;
      }),
    ),
  );
  const [fingerprint] = await db.$queryRaw<
    {
      members: string;
      users: string;
      themes: string;
      meetings: string;
      commitments: string;
      updates: string;
      cycles: string;
      milestones: string;
    }[]
  >`
    SELECT
      (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM members t) AS members,
      (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM users t) AS users,
      (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM themes t) AS themes,
      (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM meetings t) AS meetings,
      (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM commitments t) AS commitments,
      (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM progress_updates t) AS updates,
      (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM reporting_cycles t) AS cycles,
      (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM milestones t) AS milestones`;
  const lastAudit = await db.auditLog.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return { counts, fingerprint, lastAuditId: lastAudit?.id ?? 0n };
}
