// The public reads against real PostgreSQL: they count only approved commitments and published updates, apply the
// URL filters the same way everywhere, and shrug off hostile input. The database is shared with other test files,
// so every assertion is scoped to a member created here.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createCommitment, createMember, createPublishedUpdate } from "@/prisma/seed/factories";
import { getCommitmentPage } from "./get-commitment-page";
import { getDashboardFigures } from "./get-dashboard-figures";
import { getStatusByTheme } from "./get-status-by-theme";
import { getStatusOverall } from "./get-status-overall";
import { listCommitments } from "./list-commitments";
import { listFilterOptions } from "./list-filter-options";
import { listRecentUpdates } from "./list-recent-updates";

type Commitment = Awaited<ReturnType<typeof createCommitment>>;

let member: Awaited<ReturnType<typeof createMember>>;
let theme: { id: string; slug: string; name: string };
let completed: Commitment;
let silent: Commitment;
let submittedOnly: Commitment;
let proposed: Commitment;

beforeAll(async () => {
  member = await createMember(db);
  const memberId = member.id;
  const suffix = crypto.randomUUID().slice(0, 8);
  theme = await db.theme.create({ data: { slug: `public-${suffix}`, name: `Public reads ${suffix}` } });

  completed = await createCommitment(db, memberId, { title: "Completed one", themeIds: [theme.id] });
  await createPublishedUpdate(db, completed.id, {
    status: "COMPLETED",
    percentComplete: 100,
    publishedAt: new Date("2026-02-01T10:00:00Z"),
  });
  await db.progressUpdate.create({
    data: { commitmentId: completed.id, status: "IN_PROGRESS", narrative: "A draft", reviewState: "DRAFT" },
  });

  silent = await createCommitment(db, memberId, { title: "Silent one", pillars: ["PROTECTION"] });

  submittedOnly = await createCommitment(db, memberId, { title: "Submitted one", themeIds: [theme.id] });
  await db.progressUpdate.create({
    data: {
      commitmentId: submittedOnly.id,
      status: "COMPLETED",
      narrative: "Awaiting review",
      reviewState: "SUBMITTED",
      submittedAt: new Date(),
    },
  });

  proposed = await createCommitment(db, memberId, {
    title: "Proposed one",
    approval: "PROPOSED",
    themeIds: [theme.id],
  });
});

describe("public reads", () => {
  it("count approved commitments only, with unpublished updates counted as not reported", async () => {
    const figures = await getDashboardFigures({ member: member.slug });
    expect(figures).toMatchObject({ commitments: 3, members: 1, completed: 1, completedPercent: 33, notReported: 2 });
    expect(figures.reportedThisCycle === null).toBe(figures.cycle === null);

    const overall = await getStatusOverall({ member: member.slug });
    expect(overall.total).toBe(3);
    expect(overall.counts).toMatchObject({ NOT_REPORTED: 2, COMPLETED: 1, IN_PROGRESS: 0 });
    expect(overall.rows.map((row) => row.category)[0]).toBe("NOT_REPORTED");
  });

  it("break statuses down by theme in SQL, leaving out proposed commitments", async () => {
    const rows = await getStatusByTheme({ member: member.slug }, "en");
    const row = rows.rows.find((candidate) => candidate.slug === theme.slug);
    expect(row).toMatchObject({ name: theme.name, total: 2, counts: { COMPLETED: 1, NOT_REPORTED: 1 } });
  });

  it("list, filter and page the same commitments the figures count", async () => {
    const all = await listCommitments({ member: member.slug, page: 1 });
    expect(all.total).toBe(3);
    expect(all.items.map((item) => item.slug)).not.toContain(proposed.slug);

    const notReported = await listCommitments({ member: member.slug, status: "NOT_REPORTED", page: 1 });
    expect(notReported.items.map((item) => item.slug).sort()).toEqual([silent.slug, submittedOnly.slug].sort());

    const protection = await listCommitments({ member: member.slug, pillar: "PROTECTION", page: 1 });
    expect(protection.items.map((item) => item.slug)).toEqual([silent.slug]);

    const byTheme = await listCommitments({ member: member.slug, theme: theme.slug, page: 1 });
    expect(byTheme.total).toBe(2);

    const pastTheEnd = await listCommitments({ member: member.slug, page: 99 });
    expect(pastTheEnd).toMatchObject({ page: 1, pageCount: 1, total: 3 });
  });

  it("treat search text as data, never as SQL or query syntax", async () => {
    for (const q of ["'; DROP TABLE commitments; --", '"unbalanced', "a & | ! ( ) :*", "Silent"]) {
      await expect(listCommitments({ member: member.slug, q, page: 1 })).resolves.toBeDefined();
    }
    const found = await listCommitments({ member: member.slug, q: "silent", page: 1 });
    expect(found.items.map((item) => item.slug)).toEqual([silent.slug]);
  });

  it("show a commitment page with published updates only, and no page for a proposed commitment", async () => {
    const page = await getCommitmentPage(completed.slug);
    expect(page?.status).toBe("COMPLETED");
    expect(page?.schedule.state).toBe("DONE");
    expect(page?.updates.map((update) => update.status)).toEqual(["COMPLETED"]);

    expect(await getCommitmentPage(proposed.slug)).toBeNull();
    expect(await getCommitmentPage("no-such-commitment")).toBeNull();
    expect(await getCommitmentPage("../../etc/passwd")).toBeNull();
  });

  it("list recently published updates, never drafts or submissions", async () => {
    const recent = await listRecentUpdates({ member: member.slug }, "en");
    expect(recent.map((update) => [update.commitment.slug, update.status])).toEqual([[completed.slug, "COMPLETED"]]);
  });

  it("name themes and members in the reader's language where translated, else in the original", async () => {
    await db.themeTranslation.create({
      data: { themeId: theme.id, locale: "fr", name: `Lectures publiques ${theme.slug}` },
    });
    await db.memberTranslation.create({ data: { memberId: member.id, locale: "fr", name: `${member.name} (fr)` } });

    const byTheme = async (locale: "fr" | "es") =>
      (await getStatusByTheme({ member: member.slug }, locale)).rows.find((row) => row.slug === theme.slug)?.name;
    expect(await byTheme("fr")).toBe(`Lectures publiques ${theme.slug}`);
    expect(await byTheme("es")).toBe(theme.name);

    const options = await listFilterOptions("fr");
    expect(options.themes.find((option) => option.slug === theme.slug)?.name).toBe(`Lectures publiques ${theme.slug}`);
    expect(options.members.find((option) => option.slug === member.slug)?.name).toBe(`${member.name} (fr)`);

    const [recent] = await listRecentUpdates({ member: member.slug }, "fr");
    expect(recent?.commitment.member).toMatchObject({ name: `${member.name} (fr)`, lang: "fr" });
    expect(recent?.commitment).toMatchObject({ title: "Completed one", lang: "en", shownInOriginal: true });
  });
});
