// The facts triggers keep on each commitment row (migration 20261215000000_commitment_derived_facts): its latest
// published update's verification and demonstration flag, its number of published updates, and its themes' names
// and slugs in theme order. Whoever writes (a publish, a bulk insert, a theme renamed), the row says what the tables
// say; two transactions publishing on one commitment at once both count; and the migration fills existing rows.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { migrationSql, withOwnDatabase } from "@/lib/testing/own-database";
import { createCommitment, createFocalPoint, createMember, createPublishedUpdate } from "@/prisma/seed/factories";

const MIGRATION = "20261215000000_commitment_derived_facts";

const unique = () => Math.random().toString(36).slice(2, 10);

async function factsOf(commitmentId: string) {
  return db.commitment.findUniqueOrThrow({
    where: { id: commitmentId },
    select: {
      latestVerification: true,
      latestUpdateIsDemo: true,
      publishedUpdateCount: true,
      themeNames: true,
      themeSlugs: true,
    },
  });
}

async function createTheme(name: string, sortOrder: number) {
  return db.theme.create({ data: { slug: `facts-${unique()}`, name, sortOrder } });
}

describe("a commitment's latest published update, kept on its row", () => {
  it("follows publishing, a later demonstration update, drafts that do not count, and deletions", async () => {
    const member = await createMember(db);
    const { user: author } = await createFocalPoint(db, member.id);
    const commitment = await createCommitment(db, member.id);
    expect(await factsOf(commitment.id)).toMatchObject({
      latestVerification: null,
      latestUpdateIsDemo: false,
      publishedUpdateCount: 0,
    });

    await createPublishedUpdate(db, commitment.id, {
      verification: "EVIDENCE_VERIFIED",
      publishedAt: new Date("2026-01-10T10:00:00Z"),
    });
    const later = await createPublishedUpdate(db, commitment.id, {
      verification: "REVIEWED",
      isDemo: true,
      publishedAt: new Date("2026-03-10T10:00:00Z"),
    });
    // Published before the demonstration one: it counts, but is not the latest.
    await createPublishedUpdate(db, commitment.id, {
      verification: "SELF_REPORTED",
      publishedAt: new Date("2026-02-10T10:00:00Z"),
    });
    const draft = await db.progressUpdate.create({
      data: { commitmentId: commitment.id, authorId: author.id, status: "IN_PROGRESS", narrative: "Draft." },
    });
    expect(await factsOf(commitment.id)).toMatchObject({
      latestVerification: "REVIEWED",
      latestUpdateIsDemo: true,
      publishedUpdateCount: 3,
    });

    // The draft submitted and published the way the secretariat's console does: one UPDATE.
    await db.progressUpdate.update({
      where: { id: draft.id },
      data: {
        reviewState: "PUBLISHED",
        publishedAt: new Date("2026-04-01T00:00:00Z"),
        verification: "EVIDENCE_VERIFIED",
      },
    });
    expect(await factsOf(commitment.id)).toMatchObject({
      latestVerification: "EVIDENCE_VERIFIED",
      latestUpdateIsDemo: false,
      publishedUpdateCount: 4,
    });

    await db.progressUpdate.deleteMany({ where: { id: { in: [draft.id, later.id] } } });
    expect(await factsOf(commitment.id)).toMatchObject({
      latestVerification: "SELF_REPORTED",
      latestUpdateIsDemo: false,
      publishedUpdateCount: 2,
    });
  });

  it("refreshes every commitment a bulk insert touches, in one statement", async () => {
    const member = await createMember(db);
    const commitments = await Promise.all([1, 2, 3].map(() => createCommitment(db, member.id)));
    await db.progressUpdate.createMany({
      data: commitments.flatMap((commitment, index) =>
        Array.from({ length: index + 1 }, (_, n) => ({
          commitmentId: commitment.id,
          status: "IN_PROGRESS" as const,
          narrative: `Bulk ${n}.`,
          reviewState: "PUBLISHED" as const,
          verification: n === index ? ("EVIDENCE_VERIFIED" as const) : ("REVIEWED" as const),
          publishedAt: new Date(Date.UTC(2026, 0, n + 1)),
        })),
      ),
    });
    const facts = await Promise.all(commitments.map((commitment) => factsOf(commitment.id)));
    expect(facts.map((f) => [f.publishedUpdateCount, f.latestVerification])).toEqual([
      [1, "EVIDENCE_VERIFIED"],
      [2, "EVIDENCE_VERIFIED"],
      [3, "EVIDENCE_VERIFIED"],
    ]);
  });

  it("counts both of two publishes made at once on one commitment", async () => {
    const member = await createMember(db);
    const commitment = await createCommitment(db, member.id);
    const [first, second] = await Promise.all(
      ["First", "Second"].map((narrative) =>
        db.progressUpdate.create({
          data: { commitmentId: commitment.id, status: "IN_PROGRESS", narrative, reviewState: "SUBMITTED" },
        }),
      ),
    );
    // Two connections of their own, so that the second really runs while the first is open.
    const [one, two] = [new pg.Client(env.DATABASE_URL), new pg.Client(env.DATABASE_URL)];
    await Promise.all([one.connect(), two.connect()]);
    try {
      const publish = (client: pg.Client, id: string) =>
        client.query(`UPDATE progress_updates SET review_state = 'PUBLISHED', published_at = now() WHERE id = $1`, [
          id,
        ]);
      await one.query("BEGIN");
      await publish(one, first!.id);
      // The second publish starts while the first is not committed, and waits for the commitment's row.
      const secondPublish = publish(two, second!.id);
      await waitUntil(async () => (await publishesWaitingForALock()) > 0);
      await one.query("COMMIT");
      await secondPublish;
    } finally {
      await Promise.all([one.end(), two.end()]);
    }

    expect((await factsOf(commitment.id)).publishedUpdateCount).toBe(2);
  });
});

describe("a commitment's themes, kept on its row", () => {
  it("follow themes added and removed, in theme order, and a theme renamed or moved", async () => {
    const member = await createMember(db);
    const later = await createTheme("Zeta participation", 20);
    const earlier = await createTheme("Alpha training", 10);
    const commitment = await createCommitment(db, member.id, { themeIds: [later.id, earlier.id] });
    const other = await createCommitment(db, member.id, { themeIds: [later.id] });
    expect(await factsOf(commitment.id)).toMatchObject({
      themeNames: ["Alpha training", "Zeta participation"],
      themeSlugs: [earlier.slug, later.slug],
    });

    await db.theme.update({ where: { id: later.id }, data: { name: "Access for civil society", sortOrder: 5 } });
    expect(await factsOf(commitment.id)).toMatchObject({
      themeNames: ["Access for civil society", "Alpha training"],
      themeSlugs: [later.slug, earlier.slug],
    });
    expect((await factsOf(other.id)).themeNames).toEqual(["Access for civil society"]);

    await db.commitmentTheme.deleteMany({ where: { commitmentId: commitment.id } });
    expect(await factsOf(commitment.id)).toMatchObject({ themeNames: [], themeSlugs: [] });
    await db.commitmentTheme.create({ data: { commitmentId: commitment.id, themeId: earlier.id } });
    expect((await factsOf(commitment.id)).themeSlugs).toEqual([earlier.slug]);
  });
});

describe("the migration", () => {
  it("fills the facts of the commitments already there", async () => {
    await withOwnDatabase(async ({ client }) => {
      await client.query(`
        INSERT INTO members (id, slug, name, kind, updated_at) VALUES
          ('00000000-0000-4000-8000-000000000001', 'a-member', 'A member', 'UN_ENTITY', now());
        INSERT INTO meetings (id, slug, title, kind, city, country, start_date, end_date) VALUES
          ('00000000-0000-4000-8000-0000000000a1', 'a-meeting', 'A meeting', 'OTHER', 'C', 'C', '2018-04-09', '2018-04-10');
        INSERT INTO themes (id, slug, name, sort_order) VALUES
          ('00000000-0000-4000-8000-0000000000e1', 'training', 'Training', 2),
          ('00000000-0000-4000-8000-0000000000e2', 'participation', 'Participation', 1);
        INSERT INTO commitments (id, slug, member_id, meeting_id, title, description, updated_at) VALUES
          ('00000000-0000-4000-8000-0000000000c1', 'with-updates', '00000000-0000-4000-8000-000000000001',
           '00000000-0000-4000-8000-0000000000a1', 'With updates', 'D', now()),
          ('00000000-0000-4000-8000-0000000000c2', 'without', '00000000-0000-4000-8000-000000000001',
           '00000000-0000-4000-8000-0000000000a1', 'Without', 'D', now());
        INSERT INTO commitment_themes (commitment_id, theme_id) VALUES
          ('00000000-0000-4000-8000-0000000000c1', '00000000-0000-4000-8000-0000000000e1'),
          ('00000000-0000-4000-8000-0000000000c1', '00000000-0000-4000-8000-0000000000e2');
        INSERT INTO progress_updates (id, commitment_id, status, narrative, review_state, verification, is_demo,
                                      published_at, updated_at) VALUES
          ('00000000-0000-4000-8000-0000000000d1', '00000000-0000-4000-8000-0000000000c1', 'IN_PROGRESS', 'Older', 'PUBLISHED', 'EVIDENCE_VERIFIED', false,
           '2026-01-01', now()),
          ('00000000-0000-4000-8000-0000000000d2', '00000000-0000-4000-8000-0000000000c1', 'IN_PROGRESS', 'Newer', 'PUBLISHED', 'REVIEWED', true,
           '2026-02-01', now()),
          ('00000000-0000-4000-8000-0000000000d3', '00000000-0000-4000-8000-0000000000c1', 'IN_PROGRESS', 'Draft', 'DRAFT', 'SELF_REPORTED', false, NULL, now());
      `);

      await client.query(migrationSql(MIGRATION));

      const { rows } = await client.query(`
        SELECT slug, latest_verification, latest_update_is_demo, published_update_count, theme_names, theme_slugs
        FROM commitments ORDER BY slug`);
      expect(rows).toEqual([
        {
          slug: "with-updates",
          latest_verification: "REVIEWED",
          latest_update_is_demo: true,
          published_update_count: 2,
          theme_names: ["Participation", "Training"],
          theme_slugs: ["participation", "training"],
        },
        {
          slug: "without",
          latest_verification: null,
          latest_update_is_demo: false,
          published_update_count: 0,
          theme_names: [],
          theme_slugs: [],
        },
      ]);
    }, MIGRATION);
  });
});

async function publishesWaitingForALock(): Promise<number> {
  const [row] = await db.$queryRaw<[{ count: number }]>`
    SELECT count(*)::int AS count FROM pg_stat_activity
    WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%UPDATE%progress_updates%'`;
  return row.count;
}

async function waitUntil(condition: () => Promise<boolean>): Promise<void> {
  for (let tries = 0; !(await condition()); tries++) {
    if (tries > 200) throw new Error("The condition never held.");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
