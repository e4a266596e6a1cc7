// The dashboard's aggregations against real PostgreSQL: every chart counts the same commitments under the same
// filters (member kind, region, meeting, year…), silence is counted, and the SQL freshness rule agrees with the pure
// one. The database is shared with other test files (and reruns), so every read is scoped to a meeting created here,
// and the reporting cycles are placed in a random far-future year, where no other test looks; "today" is a parameter
// of every read.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { computeFreshness } from "@/lib/domain/freshness";
import { dayStart } from "@/lib/domain/iso-day";
import { CHART_IDS } from "@/lib/domain/dashboard-charts";
import { createCommitment, createMember, createPublishedUpdate } from "@/prisma/seed/factories";
import type { CommitmentFilters } from "@/lib/domain/commitment-filters";
import { getChartData } from "./get-chart-data";
import { getDashboardFigures } from "./get-dashboard-figures";
import { getCyclesAsOf } from "./get-reporting-cycles";
import { getMapData } from "./get-map-data";
import { getReportingFreshness } from "./get-reporting-freshness";
import { getStatusByGroup } from "./get-status-by-group";
import { getStatusOverTime } from "./get-status-over-time";

/** Y is the meeting's year; the three cycles start in Y, Y+1 and Y+2, and "today" is in the third. */
// Years of this file's own (lib/mutations/reporting-cycles.int.test.ts says which files keep to which years).
const Y = 5500 + Math.floor(Math.random() * 4000);
const TODAY = `${Y + 2}-06-01`;
const suffix = crypto.randomUUID().slice(0, 8);
let scope: CommitmentFilters;
let ids: { completed: string; silent: string; civil: string };

beforeAll(async () => {
  for (const year of [Y, Y + 1, Y + 2]) {
    await db.reportingCycle.create({
      data: {
        slug: `dashboard-${year}-${suffix}`,
        name: `Test cycle ${year}–${year + 1} ${suffix}`,
        startsOn: dayStart(`${year}-04-01`),
        endsOn: dayStart(`${year + 1}-03-31`),
        dueOn: dayStart(`${year + 1}-03-01`),
      },
    });
  }
  const meeting = await db.meeting.create({
    data: {
      slug: `dashboard-meeting-${suffix}`,
      title: `Dashboard meeting ${suffix}`,
      kind: "CAPITAL_LEVEL",
      city: "Reykjavík",
      country: "Iceland",
      startDate: dayStart(`${Y}-05-01`),
      endDate: dayStart(`${Y}-05-02`),
    },
  });
  scope = { meeting: meeting.slug };
  const state = await createMember(db, { isoCode: "ISL", regionalGroup: "WESTERN_EUROPEAN_OTHERS" });
  const network = await createMember(db, { kind: "CIVIL_SOCIETY", isoCode: null, regionalGroup: null });
  const at = { meetingId: meeting.id };

  const completed = await createCommitment(db, state.id, { ...at, pillars: ["PROTECTION", "PREVENTION"] });
  await createPublishedUpdate(db, completed.id, {
    status: "IN_PROGRESS",
    publishedAt: new Date(`${Y}-06-01T09:00:00Z`),
  });
  await createPublishedUpdate(db, completed.id, {
    status: "COMPLETED",
    publishedAt: new Date(`${Y + 1}-10-01T09:00:00Z`),
  });
  // A draft never counts.
  await db.progressUpdate.create({
    data: { commitmentId: completed.id, status: "DISCONTINUED", narrative: "Draft", reviewState: "DRAFT" },
  });
  const silent = await createCommitment(db, state.id, { ...at, pillars: [] });
  const civil = await createCommitment(db, network.id, { ...at, pillars: ["PARTICIPATION"] });
  await createPublishedUpdate(db, civil.id, {
    status: "NOT_STARTED",
    publishedAt: new Date(`${Y + 2}-04-15T23:30:00Z`),
  });
  await createCommitment(db, state.id, { ...at, approval: "PROPOSED" });
  ids = { completed: completed.id, silent: silent.id, civil: civil.id };
});

const byKey = <T extends { key: string }>(rows: T[]) => Object.fromEntries(rows.map((row) => [row.key, row]));

describe("dashboard aggregations", () => {
  it("count status by pillar, with a row for commitments without one", async () => {
    const rows = byKey((await getStatusByGroup("pillar", scope)).rows);
    expect(Object.keys(rows)).toEqual(["PARTICIPATION", "PROTECTION", "PREVENTION", "NONE"]);
    expect(rows.PROTECTION).toMatchObject({ total: 1, counts: { COMPLETED: 1 } });
    expect(rows.PREVENTION).toMatchObject({ total: 1, counts: { COMPLETED: 1 } });
    expect(rows.PARTICIPATION).toMatchObject({ total: 1, counts: { NOT_STARTED: 1 } });
    expect(rows.NONE).toMatchObject({ total: 1, counts: { NOT_REPORTED: 1 } });
  });

  it("count status by member kind and by UN regional group; members outside the groups have their own row", async () => {
    const kinds = byKey((await getStatusByGroup("kind", scope)).rows);
    expect(kinds.MEMBER_STATE).toMatchObject({ total: 2, counts: { COMPLETED: 1, NOT_REPORTED: 1 } });
    expect(kinds.CIVIL_SOCIETY).toMatchObject({ total: 1, counts: { NOT_STARTED: 1 } });
    const regions = byKey((await getStatusByGroup("region", scope)).rows);
    expect(Object.keys(regions)).toEqual(["WESTERN_EUROPEAN_OTHERS", "NONE"]);
    expect(regions.NONE?.total).toBe(1);
  });

  it("narrow every figure by member kind, region, meeting and year", async () => {
    const total = async (filters: CommitmentFilters) => (await getDashboardFigures(filters, TODAY)).commitments;
    expect(await total(scope)).toBe(3);
    expect(await total({ ...scope, kind: "CIVIL_SOCIETY" })).toBe(1);
    expect(await total({ ...scope, region: "WESTERN_EUROPEAN_OTHERS" })).toBe(2);
    expect(await total({ ...scope, region: "AFRICAN" })).toBe(0);
    expect(await total({ ...scope, year: Y })).toBe(3);
    expect(await total({ ...scope, year: Y + 1 })).toBe(0);
    expect(await total({ ...scope, status: "NOT_REPORTED", kind: "MEMBER_STATE" })).toBe(1);
    const kinds = await getStatusByGroup("kind", { ...scope, region: "WESTERN_EUROPEAN_OTHERS" });
    expect(kinds.rows.map((row) => row.key)).toEqual(["MEMBER_STATE"]);
  });

  it("give the headline figures, updates of the last twelve months included", async () => {
    const figures = await getDashboardFigures(scope, TODAY);
    expect(figures).toMatchObject({
      commitments: 3,
      members: 2,
      completed: 1,
      notReported: 1,
      reportedThisCycle: 1,
      updatesLastYear: 2,
      cycle: { name: `Test cycle ${Y + 2}–${Y + 3} ${suffix}` },
    });
    expect(figures.lastPublishedAt?.toISOString()).toBe(`${Y + 2}-04-15T23:30:00.000Z`);
  });

  it("show each cycle's status as of its last day (today for the current one), silence included", async () => {
    const mine = (await getStatusOverTime(scope, TODAY)).rows.filter((row) => row.name.endsWith(suffix));
    expect(mine.map((row) => [row.asOf, row.current])).toEqual([
      [`${Y + 1}-03-31`, false],
      [`${Y + 2}-03-31`, false],
      [TODAY, true],
    ]);
    expect(mine[0]).toMatchObject({ total: 3, counts: { IN_PROGRESS: 1, NOT_REPORTED: 2, COMPLETED: 0 } });
    expect(mine[1]).toMatchObject({ total: 3, counts: { COMPLETED: 1, NOT_REPORTED: 2 } });
    expect(mine[2]).toMatchObject({ total: 3, counts: { COMPLETED: 1, NOT_STARTED: 1, NOT_REPORTED: 1 } });
  });

  it("count reporting freshness in SQL exactly as computeFreshness does", async () => {
    const freshness = await getReportingFreshness(scope, TODAY);
    const counts = Object.fromEntries(freshness.rows.map((row) => [row.state, row.count]));
    expect(counts).toEqual({ REPORTED: 1, DUE: 1, NOT_REPORTED: 0, INACTIVE: 1 });

    const cycles = (await getCyclesAsOf(TODAY)).current;
    const commitments = await db.commitment.findMany({
      where: { id: { in: Object.values(ids) } },
      select: { lastPublishedAt: true, meeting: { select: { startDate: true } } },
    });
    const expected = { REPORTED: 0, DUE: 0, NOT_REPORTED: 0, INACTIVE: 0 };
    for (const commitment of commitments) {
      const state = computeFreshness({
        today: dayStart(TODAY),
        pledgedOn: commitment.meeting.startDate,
        lastPublishedAt: commitment.lastPublishedAt,
        cycles,
      });
      if (state) expected[state]++;
    }
    expect(counts).toEqual(expected);
    // After the due date, "Due" becomes "Not reported".
    const late = await getReportingFreshness(scope, `${Y + 3}-03-15`);
    expect(late.rows.find((row) => row.state === "NOT_REPORTED")?.count).toBe(1);
  });

  it("give the map one row per country of member states only", async () => {
    const { rows } = await getMapData(scope, TODAY, "en");
    expect(rows).toEqual([
      { iso3: "ISL", memberName: expect.any(String) as unknown, members: 1, commitments: 2, completed: 1, reported: 0 },
    ]);
  });

  it("answer every chart for hostile or empty filters without failing", async () => {
    const filters: CommitmentFilters[] = [
      { ...scope, theme: "'; DROP TABLE commitments; --" },
      { meeting: "no-such-meeting", year: 1900 },
      { ...scope, kind: "UN_ENTITY", status: "COMPLETED" },
    ];
    for (const filter of filters) {
      for (const chart of CHART_IDS) {
        await expect(getChartData(chart, filter, TODAY, "reported", "en")).resolves.toMatchObject({ chart });
      }
    }
  });
});
