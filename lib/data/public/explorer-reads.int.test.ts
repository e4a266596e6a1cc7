// The explorer, member and theme reads against real PostgreSQL: full-text search ranks title over description over
// source excerpt, each facet counts with every other filter but its own, pages never overlap or skip, and the
// scorecards count what the explorer lists. The database is shared with other test files, so every assertion is
// scoped to a member or theme created here.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { SORT_KEYS } from "@/lib/domain/explorer-sort";
import { createCommitment, createMember, createPublishedUpdate } from "@/prisma/seed/factories";
import { countCommitmentFacets } from "./count-commitment-facets";
import { getMemberPage } from "./get-member-page";
import { getThemePage } from "./get-theme-page";
import { listCommitments } from "./list-commitments";
import { listMembers } from "./list-members";
import { listThemes } from "./list-themes";

type Commitment = Awaited<ReturnType<typeof createCommitment>>;

// A made-up word, so no other test's data matches the search.
const WORD = `quillwort${crypto
  .randomUUID()
  .slice(0, 6)
  .replace(/[^a-z]/g, "q")}`;

let member: Awaited<ReturnType<typeof createMember>>;
let other: Awaited<ReturnType<typeof createMember>>;
let theme: { id: string; slug: string; name: string };
let inTitle: Commitment;
let inDescription: Commitment;
let inExcerpt: Commitment;
let completed: Commitment;
let proposed: Commitment;

beforeAll(async () => {
  member = await createMember(db, { kind: "CIVIL_SOCIETY", isoCode: null, regionalGroup: null });
  other = await createMember(db, { kind: "MEMBER_STATE", isoCode: "GHA", regionalGroup: "AFRICAN" });
  const suffix = crypto.randomUUID().slice(0, 8);
  theme = await db.theme.create({ data: { slug: `explorer-${suffix}`, name: `Explorer ${suffix}`, sortOrder: 99 } });

  // Created in the reverse of the expected ranking, so insertion order cannot explain the result.
  inExcerpt = await createCommitment(db, member.id, {
    title: "Alpha pledge",
    description: "Nothing to see.",
    sourceExcerpt: `The delegation spoke of ${WORD} at length.`,
    pillars: ["PROTECTION"],
  });
  inDescription = await createCommitment(db, member.id, {
    title: "Bravo pledge",
    description: `A plan about ${WORD} for the region.`,
    pillars: ["PROTECTION", "PREVENTION"],
    themeIds: [theme.id],
  });
  inTitle = await createCommitment(db, member.id, {
    title: `Charlie ${WORD} pledge`,
    description: "Another plan.",
    themeIds: [theme.id],
  });
  completed = await createCommitment(db, member.id, { title: "Delta pledge", themeIds: [theme.id] });
  await createPublishedUpdate(db, completed.id, {
    status: "COMPLETED",
    percentComplete: 100,
    publishedAt: new Date("2025-05-01T10:00:00Z"),
  });
  await createPublishedUpdate(db, inTitle.id, {
    status: "IN_PROGRESS",
    percentComplete: 40,
    verification: "EVIDENCE_VERIFIED",
    publishedAt: new Date("2025-06-01T10:00:00Z"),
  });
  await db.progressUpdate.create({
    data: {
      commitmentId: inExcerpt.id,
      status: "COMPLETED",
      narrative: "Awaiting review",
      reviewState: "SUBMITTED",
      submittedAt: new Date(),
    },
  });
  proposed = await createCommitment(db, member.id, {
    title: `Echo ${WORD} pledge`,
    approval: "PROPOSED",
    themeIds: [theme.id],
  });

  await createCommitment(db, other.id, { title: `Foxtrot ${WORD} pledge`, themeIds: [theme.id] });
});

describe("explorer search", () => {
  it("ranks a match in the title above the description, and the description above the source excerpt", async () => {
    const found = await listCommitments({ member: member.slug, q: WORD, page: 1, sort: "relevance" });
    expect(found.items.map((item) => item.slug)).toEqual([inTitle.slug, inDescription.slug, inExcerpt.slug]);
    expect(found.total).toBe(3);
  });

  it("never lists a proposed commitment, whatever the search", async () => {
    const found = await listCommitments({ q: WORD, page: 1, sort: "relevance" });
    expect(found.items.map((item) => item.slug)).not.toContain(proposed.slug);
    expect(found.total).toBe(4);
  });

  it("treats hostile or odd search text as words", async () => {
    for (const q of ["'; DROP TABLE commitments; --", "a & | ! ( ) :* <->", '"', "-", "the", "x".repeat(200)]) {
      await expect(listCommitments({ member: member.slug, q, page: 1, sort: "relevance" })).resolves.toMatchObject({
        page: 1,
      });
      await expect(countCommitmentFacets({ member: member.slug, q })).resolves.toBeDefined();
    }
  });
});

describe("explorer facets", () => {
  it("count each value with the other filters applied, excluding the facet's own", async () => {
    const counts = await countCommitmentFacets({ member: member.slug, status: "COMPLETED" });
    // The status facet ignores the status filter: every status of this member is counted.
    expect(counts.status).toMatchObject({ NOT_REPORTED: 2, IN_PROGRESS: 1, COMPLETED: 1 });
    // Every other facet counts only the completed commitment.
    expect(counts.theme[theme.slug]).toBe(1);
    expect(counts.pillar).toMatchObject({ PARTICIPATION: 1, PROTECTION: 0 });
    expect(counts.kind.CIVIL_SOCIETY).toBe(1);
    // The member facet ignores the member filter: the other member has no completed commitment here.
    expect(counts.member[member.slug]).toBe(1);
    expect(counts.member[other.slug] ?? 0).toBe(0);
  });

  it("give, for each value, exactly the number of results the explorer lists when it is picked", async () => {
    const counts = await countCommitmentFacets({ theme: theme.slug });
    for (const [status, count] of Object.entries(counts.status)) {
      const list = await listCommitments({ theme: theme.slug, status: status as "COMPLETED", page: 1 });
      expect(list.total, status).toBe(count);
    }
    // A value no commitment of the theme has may come back as zero; the form leaves those out.
    const members = Object.fromEntries(Object.entries(counts.member).filter(([, count]) => count > 0));
    expect(members).toEqual({ [member.slug]: 3, [other.slug]: 1 });
    const pillars = await countCommitmentFacets({ member: member.slug, q: WORD });
    expect(pillars.pillar).toMatchObject({ PROTECTION: 2, PREVENTION: 1, PARTICIPATION: 1 });
  });

  it("filter by member kind, regional group, meeting and year", async () => {
    const byKind = await listCommitments({ theme: theme.slug, kind: "MEMBER_STATE", page: 1 });
    expect(byKind.items.map((item) => item.member.slug)).toEqual([other.slug]);
    const byRegion = await listCommitments({ theme: theme.slug, region: "AFRICAN", page: 1 });
    expect(byRegion.total).toBe(1);
    // The factories pledge at a shared test meeting of 2018.
    expect((await listCommitments({ member: member.slug, meeting: "test-meeting", page: 1 })).total).toBe(4);
    expect((await listCommitments({ member: member.slug, year: 2018, page: 1 })).total).toBe(4);
    expect((await listCommitments({ member: member.slug, year: 2019, page: 1 })).total).toBe(0);
    const counts = await countCommitmentFacets({ member: member.slug });
    expect(counts.year["2018"]).toBe(4);
    expect(counts.meeting["test-meeting"]).toBe(4);
  });
});

describe("explorer pages", () => {
  it("cover every commitment exactly once, in every sort, and clamp a page past the end", async () => {
    for (const sort of SORT_KEYS) {
      const pages = await Promise.all(
        [1, 2].map((page) =>
          listCommitments({ member: member.slug, page, sort, pageSize: 2, q: sort === "relevance" ? WORD : undefined }),
        ),
      );
      const slugs = pages.flatMap((page) => page.items.map((item) => item.slug));
      expect(new Set(slugs).size, sort).toBe(slugs.length);
      expect(slugs.length, sort).toBe(sort === "relevance" ? 3 : 4);
    }
    const last = await listCommitments({ member: member.slug, page: 99_999, pageSize: 3 });
    expect(last).toMatchObject({ page: 2, pageCount: 2, total: 4 });
    expect(last.items).toHaveLength(1);
  });

  it("sort by title, latest update and status as asked", async () => {
    const byTitle = await listCommitments({ member: member.slug, page: 1, sort: "title" });
    expect(byTitle.items.map((item) => item.title)).toEqual([
      "Alpha pledge",
      "Bravo pledge",
      `Charlie ${WORD} pledge`,
      "Delta pledge",
    ]);
    const byUpdate = await listCommitments({ member: member.slug, page: 1, sort: "updated" });
    expect(byUpdate.items.map((item) => item.slug).slice(0, 2)).toEqual([inTitle.slug, completed.slug]);
    const byStatus = await listCommitments({ member: member.slug, page: 1, sort: "status" });
    expect(byStatus.items.map((item) => item.status)).toEqual([
      "NOT_REPORTED",
      "NOT_REPORTED",
      "IN_PROGRESS",
      "COMPLETED",
    ]);
  });
});

describe("member and theme pages", () => {
  it("show a member's scorecard, timeline and commitments, counting approved commitments and published updates only", async () => {
    const page = await getMemberPage(member.slug);
    expect(page?.member).toMatchObject({ name: member.name, kind: "CIVIL_SOCIETY", isoCode: null });
    expect(page?.scorecard.status.total).toBe(4);
    expect(page?.scorecard.status.counts).toMatchObject({ NOT_REPORTED: 2, IN_PROGRESS: 1, COMPLETED: 1 });
    const freshness = page?.scorecard.freshness;
    expect(freshness?.rows.reduce((sum, row) => sum + row.count, 0)).toBe(freshness?.cycle ? 4 : 0);
    expect(page?.scorecard.timeline.total).toBe(2);
    expect(page?.scorecard.timeline.items.map((update) => [update.commitment.slug, update.verification])).toEqual([
      [inTitle.slug, "EVIDENCE_VERIFIED"],
      [completed.slug, "REVIEWED"],
    ]);
    expect(page?.commitments.items.map((item) => item.slug)).not.toContain(proposed.slug);
    expect(page?.commitments.total).toBe(4);
  });

  it("show a theme's scorecard across members", async () => {
    const page = await getThemePage(theme.slug);
    expect(page?.theme.name).toBe(theme.name);
    expect(page?.scorecard.status.total).toBe(4);
    expect(page?.scorecard.status.counts).toMatchObject({ NOT_REPORTED: 2, IN_PROGRESS: 1, COMPLETED: 1 });
    // Latest update first.
    expect(page?.commitments.items[0]?.slug).toBe(inTitle.slug);
  });

  it("have no page for an unknown or malformed slug", async () => {
    for (const slug of ["no-such-member", "../../etc/passwd", "x".repeat(500), "Robert'); DROP TABLE members;--"]) {
      expect(await getMemberPage(slug)).toBeNull();
      expect(await getThemePage(slug)).toBeNull();
    }
  });

  it("list members and themes with the counts of their approved commitments", async () => {
    const themes = await listThemes();
    expect(themes.find((row) => row.slug === theme.slug)).toMatchObject({
      commitments: 4,
      completed: 1,
      notReported: 2,
    });
    const kind = await listMembers({ page: 1, kind: "CIVIL_SOCIETY" });
    expect(kind.items.every((row) => row.kind === "CIVIL_SOCIETY")).toBe(true);
    let found: (typeof kind.items)[number] | undefined;
    for (let page = 1; page <= kind.pageCount && !found; page++) {
      found = (await listMembers({ page, kind: "CIVIL_SOCIETY" })).items.find((row) => row.slug === member.slug);
    }
    expect(found).toMatchObject({ commitments: 4, completed: 1, notReported: 2 });
    expect((await listMembers({ page: 10_000 })).page).toBeGreaterThanOrEqual(1);
  });
});
