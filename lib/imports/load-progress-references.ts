// The register as the progress reports planner needs it: the named commitments (their kind and approval), and the
// reports the secretariat entered on them before, by pledge and day. Inside the confirmation's transaction the named
// commitments are locked first, so no update is published on them between the plan and the writes.
import "server-only";
import type { Db, Tx } from "@/lib/db";
import { isoDay, todayIsoDay } from "@/lib/domain/iso-day";
import { code } from "@/lib/open-data/codes";
import { reportKey, type ProgressReferences } from "./plan-progress-reports";

export async function loadProgressReferences(
  client: Db | Tx,
  slugs: string[],
  { lock = false } = {},
): Promise<ProgressReferences> {
  if (lock && slugs.length > 0) {
    await client.$queryRaw`SELECT id FROM commitments WHERE slug = ANY(${slugs}::text[]) ORDER BY id FOR UPDATE`;
  }
  const commitments = await client.commitment.findMany({
    where: { slug: { in: slugs } },
    select: {
      id: true,
      slug: true,
      title: true,
      kind: true,
      approval: true,
      updates: {
        where: { enteredBySecretariat: true, reviewState: "PUBLISHED" },
        select: {
          publishedAt: true,
          status: true,
          percentComplete: true,
          narrative: true,
          evidence: { select: { url: true } },
        },
      },
    },
  });
  return {
    commitments: new Map(
      commitments.map((c) => [
        c.slug,
        { id: c.id, title: c.title, kind: code(c.kind), approved: c.approval === "APPROVED" },
      ]),
    ),
    entered: new Map(
      commitments.flatMap((c) =>
        c.updates.map((u) => [
          reportKey(c.slug, isoDay(u.publishedAt!)),
          {
            status: code(u.status),
            percent: u.percentComplete,
            narrative: u.narrative,
            evidence: u.evidence.map((e) => e.url),
          },
        ]),
      ),
    ),
    today: todayIsoDay(),
  };
}
