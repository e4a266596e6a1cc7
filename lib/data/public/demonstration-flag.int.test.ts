// The demonstration flag of public figures against real PostgreSQL: every chart, headline figure and chart CSV says
// when its figures include demonstration data, says nothing when they do not (a database without demonstration
// rows, as DEMO_DATA=0 gives), and `demo=exclude` computes them from real data only. Reporting cycles are placed in
// years of this file's own (lib/mutations/reporting-cycles.int.test.ts says which files keep to which years).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as chartCsv } from "@/app/charts/[chart]/data.csv/route";
import { db } from "@/lib/db";
import { CHART_IDS } from "@/lib/domain/dashboard-charts";
import type { CommitmentFilters } from "@/lib/domain/commitment-filters";
import { dayStart } from "@/lib/domain/iso-day";
import { parseCsv } from "@/lib/testing/parse-csv";
import { createCommitment, createMeeting, createMember, createPublishedUpdate } from "@/prisma/seed/factories";
import { getChartData } from "./get-chart-data";
import { getDashboardFigures } from "./get-dashboard-figures";

// The CSV route labels its table in the request's language: outside a Next request, English from the catalogue.
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const { messages } = await import("@/lib/i18n/messages");
  return {
    getTranslations: () => Promise.resolve(createTranslator({ locale: "en", messages: messages.en })),
    getLocale: () => Promise.resolve("en"),
  };
});

const Y = 9600 + Math.floor(Math.random() * 250);
/** Inside this file's demonstration cycle, and before it started. */
const TODAY = `${Y}-06-01`;
const BEFORE = `${Y}-03-01`;
const suffix = crypto.randomUUID().slice(0, 8);
let demoScope: CommitmentFilters;
let realScope: CommitmentFilters;
let commitments: { mixed: string };

beforeAll(async () => {
  await db.reportingCycle.create({
    data: {
      slug: `demo-flag-${Y}-${suffix}`,
      name: `Demonstration cycle ${Y} ${suffix}`,
      startsOn: dayStart(`${Y}-04-01`),
      endsOn: dayStart(`${Y + 1}-03-31`),
      dueOn: dayStart(`${Y + 1}-03-01`),
      isDemo: true,
    },
  });
  const at = (year: number) => ({ startDate: dayStart(`${year}-01-10`), endDate: dayStart(`${year}-01-11`) });
  const demoMeeting = await createMeeting(db, at(Y - 2));
  const realMeeting = await createMeeting(db, at(Y - 2));
  demoScope = { meeting: demoMeeting.slug };
  realScope = { meeting: realMeeting.slug };
  const state = await createMember(db, { isoCode: "ISL", regionalGroup: "WESTERN_EUROPEAN_OTHERS" });
  const fictional = await createMember(db, { isDemo: true, isoCode: "NOR", regionalGroup: "WESTERN_EUROPEAN_OTHERS" });

  // A real commitment whose real report is followed by a demonstration one, and one a fictional member made.
  const mixed = await createCommitment(db, state.id, { meetingId: demoMeeting.id });
  await createPublishedUpdate(db, mixed.id, { status: "COMPLETED", publishedAt: new Date(`${Y - 1}-05-01T09:00:00Z`) });
  await createPublishedUpdate(db, mixed.id, {
    status: "IN_PROGRESS",
    publishedAt: new Date(`${Y}-05-01T09:00:00Z`),
    isDemo: true,
  });
  await createCommitment(db, fictional.id, { meetingId: demoMeeting.id });
  commitments = { mixed: mixed.id };

  // Real data only: a real member, a real report.
  const real = await createCommitment(db, state.id, { meetingId: realMeeting.id });
  await createPublishedUpdate(db, real.id, {
    status: "NOT_STARTED",
    publishedAt: new Date(`${Y - 1}-07-01T09:00:00Z`),
  });
});

const chartFlags = async (filters: CommitmentFilters, today: string) =>
  Object.fromEntries(
    await Promise.all(
      CHART_IDS.map(async (chart) => [
        chart,
        (await getChartData(chart, filters, today, "commitments")).includesDemonstrationData,
      ]),
    ),
  ) as Record<(typeof CHART_IDS)[number], boolean>;

describe("the demonstration flag", () => {
  it("is on every chart and headline figure computed from demonstration data", async () => {
    const flags = await chartFlags(demoScope, TODAY);
    expect(flags).toEqual(Object.fromEntries(CHART_IDS.map((chart) => [chart, true])));
    const figures = await getDashboardFigures(demoScope, TODAY);
    expect(figures.demonstration).toEqual({
      commitments: true,
      members: true,
      completed: true,
      reported: true,
      updates: true,
    });
  });

  it("is on no chart or figure computed from real data only", async () => {
    expect(await chartFlags(realScope, BEFORE)).toEqual(Object.fromEntries(CHART_IDS.map((chart) => [chart, false])));
    const figures = await getDashboardFigures(realScope, BEFORE);
    expect(Object.values(figures.demonstration)).toEqual([false, false, false, false, false]);
  });

  it("flags only what the demonstration cycle touches when the data is real but the cycle is not", async () => {
    const figures = await getDashboardFigures(realScope, TODAY);
    expect(figures.cycle?.isDemo).toBe(true);
    expect(figures.demonstration).toEqual({
      commitments: false,
      members: false,
      completed: false,
      reported: true,
      updates: false,
    });
  });
});

describe("figures without demonstration data (demo=exclude)", () => {
  const without = (filters: CommitmentFilters): CommitmentFilters => ({ ...filters, demo: "exclude" });

  it("leave out fictional members, demonstration updates and cycles, and carry no flag", async () => {
    expect(await chartFlags(without(demoScope), TODAY)).toEqual(
      Object.fromEntries(CHART_IDS.map((chart) => [chart, false])),
    );
    const figures = await getDashboardFigures(without(demoScope), TODAY);
    // The fictional member's commitment is gone; the real one shows its real status, completed, not the later
    // demonstration report; the demonstration cycle is not the current one.
    expect(figures).toMatchObject({ commitments: 1, members: 1, completed: 1, notReported: 0 });
    expect(figures.cycle?.isDemo ?? false).toBe(false);
    expect(Object.values(figures.demonstration).some(Boolean)).toBe(false);
  });

  it("filter by the status shown, not by the demonstration status", async () => {
    const completed = await getDashboardFigures({ ...without(demoScope), status: "COMPLETED" }, TODAY);
    expect(completed.commitments).toBe(1);
    const inProgress = await getDashboardFigures({ ...demoScope, status: "IN_PROGRESS" }, TODAY);
    expect(inProgress.commitments).toBe(1);
    const row = await db.commitment.findUniqueOrThrow({ where: { id: commitments.mixed } });
    expect(row.currentStatus).toBe("IN_PROGRESS");
  });
});

describe("GET /charts/<chart>/data.csv", () => {
  const download = async (query: string) => {
    const response = await chartCsv(new Request(`http://test/charts/status-overall/data.csv?${query}`), {
      params: Promise.resolve({ chart: "status-overall" }),
    });
    expect(response.status).toBe(200);
    return parseCsv(await response.text());
  };
  const note = "Includes demonstration data: illustrative progress, not real reporting by any member.";

  it("ends with the demonstration note when the figures include demonstration data", async () => {
    const rows = await download(`meeting=${demoScope.meeting}`);
    expect(rows.at(-1)?.[0]).toBe(note);
  });

  it("has no note for real data, nor with demo=exclude", async () => {
    expect((await download(`meeting=${realScope.meeting}`)).flat()).not.toContain(note);
    const excluded = await download(`meeting=${demoScope.meeting}&demo=exclude`);
    expect(excluded.flat()).not.toContain(note);
    expect(excluded.at(-1)).toEqual(["Total", "1", "100"]);
  });
});

describe("the API's aggregates", () => {
  it("flag the member and theme counts that include demonstration data, and only those", async () => {
    const { memberStatusTallies } = await import("@/lib/data/open-data/status-tallies");
    const members = await db.commitment.findMany({
      where: { meeting: { slug: { in: [demoScope.meeting!, realScope.meeting!] } } },
      select: { meeting: { select: { slug: true } }, member: { select: { slug: true, isDemo: true } } },
    });
    const fictional = members.find((row) => row.member.isDemo)!.member.slug;
    const state = members.find((row) => !row.member.isDemo)!.member.slug;
    const tally = await memberStatusTallies([fictional, state]);
    expect(tally(fictional).includesDemonstrationData).toBe(true);
    // The member state's latest report on one commitment is demonstration data.
    expect(tally(state).includesDemonstrationData).toBe(true);
  });

  it("list commitments without demonstration data with their real status (demo=exclude)", async () => {
    const { listCommitmentRecords } = await import("@/lib/data/open-data/commitments");
    const window = { page: 1, perPage: 10 };
    const withDemo = await listCommitmentRecords(demoScope, window);
    expect(withDemo.total).toBe(2);
    const without = await listCommitmentRecords({ ...demoScope, demo: "exclude" }, window);
    expect(without.total).toBe(1);
    expect(without.records[0]).toMatchObject({ currentStatus: "COMPLETED", isDemonstration: false });
  });
});
