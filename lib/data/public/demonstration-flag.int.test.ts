// The demonstration flag of public figures against real PostgreSQL: every chart, headline figure and chart CSV says
// when its figures include demonstration data, says nothing when they do not (a database without demonstration
// rows, as DEMO_DATA=0 gives), and `demo=exclude` computes them from real data only. Reporting cycles are placed in
// years of this file's own (lib/mutations/reporting-cycles.int.test.ts says which files keep to which years).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as listMembersRoute } from "@/app/api/v1/members/route";
import { GET as listThemesRoute } from "@/app/api/v1/themes/route";
import { GET as chartCsv } from "@/app/charts/[chart]/data.csv/route";
import { db } from "@/lib/db";
import { CHART_IDS } from "@/lib/domain/dashboard-charts";
import type { CommitmentFilters } from "@/lib/domain/commitment-filters";
import { dayStart } from "@/lib/domain/iso-day";
import { parseCsv } from "@/lib/testing/parse-csv";
import { createCommitment, createMeeting, createMember, createPublishedUpdate } from "@/prisma/seed/factories";
import { getChartData } from "./get-chart-data";
import { getCommitmentPage } from "./get-commitment-page";
import { getDashboardFigures } from "./get-dashboard-figures";
import { getScorecard } from "./get-scorecard";
import { listCommitments } from "./list-commitments";
import { listMembers } from "./list-members";
import { listThemes } from "./list-themes";

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
let commitments: { mixed: string; mixedSlug: string; realSlug: string };
let slugs: { state: string; fictional: string; realOnly: string; demoTheme: string; realTheme: string };

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
  const theme = (name: string) => db.theme.create({ data: { slug: `${name}-${suffix}`, name: `${name} ${suffix}` } });
  const [demoTheme, realTheme] = await Promise.all([theme("demo-flag-theme"), theme("real-flag-theme")]);
  const mixed = await createCommitment(db, state.id, { meetingId: demoMeeting.id, themeIds: [demoTheme.id] });
  await createPublishedUpdate(db, mixed.id, { status: "COMPLETED", publishedAt: new Date(`${Y - 1}-05-01T09:00:00Z`) });
  await createPublishedUpdate(db, mixed.id, {
    status: "IN_PROGRESS",
    publishedAt: new Date(`${Y}-05-01T09:00:00Z`),
    isDemo: true,
  });
  await createCommitment(db, fictional.id, { meetingId: demoMeeting.id });

  // Real data only: a real member, a real report.
  const real = await createCommitment(db, state.id, { meetingId: realMeeting.id, themeIds: [realTheme.id] });
  await createPublishedUpdate(db, real.id, {
    status: "NOT_STARTED",
    publishedAt: new Date(`${Y - 1}-07-01T09:00:00Z`),
  });
  const realOnly = await createMember(db, { isoCode: "FIN", regionalGroup: "WESTERN_EUROPEAN_OTHERS" });
  const itsOwn = await createCommitment(db, realOnly.id, { meetingId: realMeeting.id, themeIds: [realTheme.id] });
  await createPublishedUpdate(db, itsOwn.id, { publishedAt: new Date(`${Y - 1}-08-01T09:00:00Z`) });
  commitments = { mixed: mixed.id, mixedSlug: mixed.slug, realSlug: real.slug };
  slugs = {
    state: state.slug,
    fictional: fictional.slug,
    realOnly: realOnly.slug,
    demoTheme: demoTheme.slug,
    realTheme: realTheme.slug,
  };
});

const chartFlags = async (filters: CommitmentFilters, today: string) =>
  Object.fromEntries(
    await Promise.all(
      CHART_IDS.map(async (chart) => [
        chart,
        (await getChartData(chart, filters, today, "commitments", "en")).includesDemonstrationData,
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
    // The member state of the meeting with demonstration data (the other meeting's members have none).
    const state = members.find((row) => !row.member.isDemo && row.meeting.slug === demoScope.meeting)!.member.slug;
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

describe("explorer rows, member and theme pages, commitment pages", () => {
  const without = (filters: CommitmentFilters): CommitmentFilters => ({ ...filters, demo: "exclude" });

  it("flag an explorer row whose status comes from demonstration data, and no row of real data", async () => {
    const rows = (await listCommitments({ ...demoScope, page: 1 })).items;
    expect(rows.find((row) => row.id === commitments.mixed)).toMatchObject({
      isDemo: false,
      status: "IN_PROGRESS",
      includesDemonstrationData: true,
    });
    expect(rows.every((row) => row.includesDemonstrationData)).toBe(true);
    const real = (await listCommitments({ ...realScope, page: 1 })).items;
    expect(real.map((row) => row.includesDemonstrationData)).toEqual([false, false]);
    // Without demonstration data: the fictional member's row is gone, the other shows its real status.
    const excluded = (await listCommitments({ ...without(demoScope), page: 1 })).items;
    expect(excluded).toEqual([
      expect.objectContaining({
        id: commitments.mixed,
        status: "COMPLETED",
        lastPublishedAt: new Date(`${Y - 1}-05-01T09:00:00Z`),
        includesDemonstrationData: false,
      }),
    ]);
    const completed = await listCommitments({ ...without(demoScope), status: "COMPLETED", page: 1 });
    expect(completed.total).toBe(1);
  });

  it("flag a member's or a theme's scorecard only when its figures include demonstration data", async () => {
    expect((await getScorecard(demoScope)).status.includesDemonstrationData).toBe(true);
    expect((await getScorecard(realScope)).status.includesDemonstrationData).toBe(false);
    expect((await getScorecard(without(demoScope))).status.includesDemonstrationData).toBe(false);
    expect((await getScorecard({ member: slugs.realOnly })).status.includesDemonstrationData).toBe(false);
    expect((await getScorecard({ theme: slugs.demoTheme })).status.includesDemonstrationData).toBe(true);
  });

  it("flag the rows of the members and themes tables that include demonstration data", async () => {
    const found = new Map<string, boolean>();
    for (let page = 1, pageCount = 1; page <= pageCount; page++) {
      const list = await listMembers({ page });
      pageCount = list.pageCount;
      for (const member of list.items) found.set(member.slug, member.includesDemonstrationData);
    }
    expect([slugs.state, slugs.fictional, slugs.realOnly].map((slug) => found.get(slug))).toEqual([true, true, false]);
    const themes = new Map((await listThemes()).map((theme) => [theme.slug, theme.includesDemonstrationData]));
    expect([themes.get(slugs.demoTheme), themes.get(slugs.realTheme)]).toEqual([true, false]);
  });

  it("flag the status panel of a commitment whose status comes from demonstration data", async () => {
    expect((await getCommitmentPage(commitments.mixedSlug))?.statusIncludesDemonstrationData).toBe(true);
    expect((await getCommitmentPage(commitments.realSlug))?.statusIncludesDemonstrationData).toBe(false);
  });
});

describe("GET /api/v1/members and /api/v1/themes with demo=exclude", () => {
  type Listed = { data: Record<string, unknown>[]; meta: { page_count: number } };
  const list = async (route: (request: Request) => Promise<Response>, path: string) => {
    const items: Record<string, unknown>[] = [];
    for (let page = 1, pageCount = 1; page <= pageCount; page++) {
      const response = await route(new Request(`http://localhost${path}&page=${page}`));
      expect(response.status, path).toBe(200);
      const body = (await response.json()) as Listed;
      pageCount = body.meta.page_count;
      items.push(...body.data);
    }
    return new Map(items.map((item) => [item.slug as string, item]));
  };

  it("lists no demonstration member and no count from demonstration data", async () => {
    const all = await list(listMembersRoute, "/api/v1/members?per_page=100");
    expect(all.get(slugs.fictional)).toMatchObject({ demonstration_data: true, includes_demonstration_data: true });
    expect(all.get(slugs.state)).toMatchObject({ includes_demonstration_data: true });
    const excluded = await list(listMembersRoute, "/api/v1/members?per_page=100&demo=exclude");
    expect(excluded.has(slugs.fictional)).toBe(false);
    expect([...excluded.values()].some((m) => m.demonstration_data || m.includes_demonstration_data)).toBe(false);
    // The member state's pledge counts with its real status, completed, not the later demonstration report.
    expect(excluded.get(slugs.state)).toMatchObject({ status_counts: { completed: 1, not_started: 1 } });
  });

  it("counts themes from real data only", async () => {
    const all = await list(listThemesRoute, "/api/v1/themes?per_page=100");
    expect(all.get(slugs.demoTheme)).toMatchObject({ includes_demonstration_data: true });
    const excluded = await list(listThemesRoute, "/api/v1/themes?per_page=100&demo=exclude");
    expect([...excluded.values()].some((theme) => theme.includes_demonstration_data)).toBe(false);
    expect(excluded.get(slugs.demoTheme)).toMatchObject({ commitment_count: 1, status_counts: { completed: 1 } });
  });
});
