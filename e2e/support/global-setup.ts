// Playwright's global setup, and the teardown it returns: the run fails if it broke either rule of the end-to-end
// specs (docs/decisions/0010-e2e-fixtures.md).
// 1. No spec writes to the seeded Berlin 2018 record (every spec may read it, and some assert its figures): a digest of
//    each table's Berlin rows is taken before the run and compared after it.
// 2. Every test deletes what it made (./fixtures.ts): no row made by the shared factories is left after the run.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { BERLIN_MEETING } from "@/prisma/seed/berlin-2018";
import { DEMO_SECRETARIAT_EMAIL } from "@/prisma/seed/demo";

const meeting = Prisma.sql`(SELECT id FROM meetings WHERE slug = ${BERLIN_MEETING.slug})`;
const members = Prisma.sql`(SELECT member_id FROM commitments WHERE meeting_id IN ${meeting}
  UNION SELECT member_id FROM meeting_organisers WHERE meeting_id IN ${meeting})`;
const commitments = Prisma.sql`(SELECT id FROM commitments WHERE meeting_id IN ${meeting} OR member_id IN ${members})`;
const updates = Prisma.sql`(SELECT id FROM progress_updates WHERE commitment_id IN ${commitments})`;

/** The Berlin rows of each table: the record, its members and their demonstration accounts, and all their progress. */
const BERLIN_ROWS: Record<string, Prisma.Sql> = {
  meetings: Prisma.sql`t.id IN ${meeting}`,
  meeting_organisers: Prisma.sql`t.meeting_id IN ${meeting}`,
  members: Prisma.sql`t.id IN ${members}`,
  users: Prisma.sql`t.member_id IN ${members} OR t.email = ${DEMO_SECRETARIAT_EMAIL}`,
  commitments: Prisma.sql`t.id IN ${commitments}`,
  commitment_themes: Prisma.sql`t.commitment_id IN ${commitments}`,
  milestones: Prisma.sql`t.commitment_id IN ${commitments}`,
  progress_updates: Prisma.sql`t.id IN ${updates}`,
  evidence_links: Prisma.sql`t.update_id IN ${updates}`,
  update_barriers: Prisma.sql`t.update_id IN ${updates}`,
  update_milestones: Prisma.sql`t.update_id IN ${updates}`,
};

async function digests(): Promise<Record<string, string>> {
  const entries = await Promise.all(
    Object.entries(BERLIN_ROWS).map(async ([table, where]) => {
      // Each row as PostgreSQL's text form of the whole row: any column that changes changes the digest.
      const [row] = await db.$queryRaw<{ rows: number; digest: string }[]>`
        SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest
        FROM ${Prisma.raw(table)} t WHERE ${where}`;
      return [table, `${row?.rows} rows, ${row?.digest}`] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** Rows the shared factories name (prisma/seed/factories.ts) that are still there. */
async function leftovers(): Promise<string[]> {
  const [row] = await db.$queryRaw<{ members: number; users: number; meetings: number; commitments: number }[]>`
    SELECT (SELECT count(*)::int FROM members WHERE slug LIKE 'test-member-%') AS members,
           (SELECT count(*)::int FROM users WHERE email LIKE '%@test.example.org') AS users,
           (SELECT count(*)::int FROM meetings WHERE slug LIKE 'test-meeting-%') AS meetings,
           (SELECT count(*)::int FROM commitments WHERE slug LIKE 'test-commitment-%') AS commitments`;
  return Object.entries(row ?? {})
    .filter(([, count]) => count > 0)
    .map(([table, count]) => `${count} ${table}`);
}

export default async function globalSetup() {
  const before = await digests();
  return async function globalTeardown() {
    // A fixture meeting kept because another test's proposal sat on it (fixtures.ts) is empty once that test has
    // cleaned up: its owner is gone by then, so it is deleted here.
    await db.meeting.deleteMany({ where: { slug: { startsWith: "test-meeting-" }, commitments: { none: {} } } });
    const after = await digests();
    const left = await leftovers();
    await db.$disconnect();
    const changed = Object.keys(before).filter((table) => before[table] !== after[table]);
    const problems = [
      ...(changed.length > 0
        ? [
            `A spec wrote to the seeded Berlin 2018 record: ${changed
              .map((table) => `${table} (${before[table]} before, ${after[table]} after)`)
              .join("; ")}. Specs write only rows they own (e2e/support/fixtures.ts).`,
          ]
        : []),
      ...(left.length > 0 ? [`Tests left rows they made: ${left.join(", ")}. Make them through \`own\`.`] : []),
    ];
    if (problems.length > 0) throw new Error(problems.join("\n"));
  };
}
