// Kinds and joint commitments in the public reads (decision 0012), against real PostgreSQL: a joint commitment is in
// each member's figures and once in every total, and status figures count pledges only. Reads are scoped to a
// meeting of this file's own, so rows of other test files never count.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { CommitmentFilters } from "@/lib/domain/commitment-filters";
import { createCommitment, createMeeting, createMember, createPublishedUpdate } from "@/prisma/seed/factories";
import { countCommitmentFacets } from "./count-commitment-facets";
import { getDashboardFigures } from "./get-dashboard-figures";
import { getStatusByGroup } from "./get-status-by-group";
import { getStatusOverall } from "./get-status-overall";
import { listCommitments } from "./list-commitments";

let scope: CommitmentFilters;
let lead: { slug: string };
let coMember: { slug: string };

beforeAll(async () => {
  const meeting = await createMeeting(db);
  scope = { meeting: meeting.slug };
  const leadMember = await createMember(db);
  const coMemberRow = await createMember(db);
  lead = leadMember;
  coMember = coMemberRow;
  const at = { meetingId: meeting.id };
  const joint = await createCommitment(db, leadMember.id, { ...at, coMemberIds: [coMemberRow.id] });
  await createPublishedUpdate(db, joint.id, { status: "COMPLETED", percentComplete: 100 });
  await createCommitment(db, leadMember.id, at); // a pledge nobody has reported on
  await createCommitment(db, coMemberRow.id, { ...at, kind: "RECOMMENDATION", addressedTo: ["NETWORK"] });
  await createCommitment(db, coMemberRow.id, { ...at, kind: "PRACTICE" });
});

describe("a joint commitment", () => {
  it("counts once in the network's totals, however many members it has", async () => {
    const figures = await getDashboardFigures(scope);
    expect(figures).toMatchObject({
      commitments: 4,
      byKind: { pledges: 2, recommendations: 1, practices: 1 },
      members: 2,
      completed: 1,
      completedPercent: 50,
      notReported: 1,
    });
    const overall = await getStatusOverall(scope);
    expect(overall.total).toBe(2);
    const byKind = await getStatusByGroup("kind", scope);
    expect(byKind.rows.map((row) => [row.key, row.total])).toEqual([["MEMBER_STATE", 2]]);
  });

  it("counts under its lead member's kind and region in the charts, as the filters select it", async () => {
    const meeting = await createMeeting(db);
    const own = { meeting: meeting.slug };
    const state = await createMember(db, { regionalGroup: "AFRICAN" });
    const organisation = await createMember(db, { kind: "REGIONAL_ORGANISATION", regionalGroup: null, isoCode: null });
    await createCommitment(db, state.id, { meetingId: meeting.id, coMemberIds: [organisation.id] });
    const byKind = await getStatusByGroup("kind", own);
    expect(byKind.rows.map((row) => [row.key, row.total])).toEqual([["MEMBER_STATE", 1]]);
    const byRegion = await getStatusByGroup("region", own);
    expect(byRegion.rows.map((row) => [row.key, row.total])).toEqual([["AFRICAN", 1]]);
    expect((await getStatusOverall({ ...own, kind: "REGIONAL_ORGANISATION" })).total).toBe(0);
    expect((await getStatusOverall({ ...own, region: "AFRICAN" })).total).toBe(1);
  });

  it("is in each member's figures and list", async () => {
    for (const member of [lead, coMember]) {
      const figures = await getDashboardFigures({ ...scope, member: member.slug });
      expect(figures.completed, member.slug).toBe(1);
      const list = await listCommitments({ ...scope, member: member.slug, page: 1 });
      expect(
        list.items.some((item) => item.coMembers.length === 1),
        member.slug,
      ).toBe(true);
    }
    const facets = await countCommitmentFacets(scope);
    expect(facets.member).toEqual({ [lead.slug]: 2, [coMember.slug]: 3 });
  });
});

describe("kinds of statement", () => {
  it("never mix in a status figure, and the explorer can show one kind at a time", async () => {
    const recommendations = await getDashboardFigures({ ...scope, type: "recommendation" });
    expect(recommendations).toMatchObject({ commitments: 1, pledges: 0, completedPercent: null, notReported: 0 });
    expect((await getStatusOverall({ ...scope, type: "practice" })).total).toBe(0);
    const list = await listCommitments({ ...scope, type: "practice", page: 1 });
    expect(list.items.map((item) => item.kind)).toEqual(["PRACTICE"]);
    expect((await countCommitmentFacets(scope)).type).toEqual({ pledge: 2, recommendation: 1, practice: 1 });
  });
});
