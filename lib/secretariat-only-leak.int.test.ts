// The leak test (decision 0023): a marker sits in every secretariat-only field and every redacted text, and no
// public channel may return it; the secretariat and the commitment's focal points still see what was kept private.
// Channels are a table: a new public channel is one entry in CHANNELS.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as apiIndex } from "@/app/api/v1/route";
import { GET as listAssessmentsApi } from "@/app/api/v1/assessments/route";
import { GET as comparisonCsv } from "@/app/assessments/comparison.csv/route";
import { GET as getCommitment } from "@/app/api/v1/commitments/[slug]/route";
import { GET as listCommitmentsApi } from "@/app/api/v1/commitments/route";
import { GET as listMeetingsApi } from "@/app/api/v1/meetings/route";
import { GET as getMemberApi } from "@/app/api/v1/members/[slug]/route";
import { GET as listMembersApi } from "@/app/api/v1/members/route";
import { GET as listThemesApi } from "@/app/api/v1/themes/route";
import { GET as listUpdatesApi } from "@/app/api/v1/updates/route";
import { GET as chartCsv } from "@/app/charts/[chart]/data.csv/route";
import { GET as dataFile } from "@/app/data/[file]/route";
import { GET as sitemapIndex } from "@/app/sitemap.xml/route";
import { GET as sitemapFile } from "@/app/sitemaps/[file]/route";
import * as commitmentFeed from "@/app/commitments/[slug]/feed.xml/route";
import * as allFeed from "@/app/feed.xml/route";
import * as memberFeed from "@/app/members/[slug]/feed.xml/route";
import * as themeFeed from "@/app/themes/[slug]/feed.xml/route";
import { db } from "@/lib/db";
import { readFeedEvents } from "@/lib/data/public/list-feed-events";
import { getCommitmentPage } from "@/lib/data/public/get-commitment-page";
import { getMemberPage } from "@/lib/data/public/get-member-page";
import { getThemePage } from "@/lib/data/public/get-theme-page";
import { listCommitments } from "@/lib/data/public/list-commitments";
import { listPublishedUpdates } from "@/lib/data/public/list-published-updates";
import { listRecentUpdates } from "@/lib/data/public/list-recent-updates";
import { getPublishedAssessment } from "@/lib/data/secretariat/get-published-assessment";
import { getPublishedUpdate } from "@/lib/data/secretariat/get-published-update";
import { getAssessmentForm } from "@/lib/data/workspace/get-assessment-form";
import { getWorkspaceCommitment } from "@/lib/data/workspace/get-workspace-commitment";
import { listMyAssessments } from "@/lib/data/workspace/list-my-assessments";
import { writeAssessment } from "@/lib/mutations/write-assessment";
import { CHART_IDS } from "@/lib/domain/dashboard-charts";
import { locales } from "@/lib/i18n/locales";
import { DOWNLOAD_FILES } from "@/lib/open-data/download-files";
import { createPrivateScenario, type PrivateScenario } from "@/lib/testing/private-scenario";

// The chart CSV route labels its table in the request's language: outside a Next request, English from the catalogue.
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const { messages } = await import("@/lib/i18n/messages");
  return {
    getTranslations: () => Promise.resolve(createTranslator({ locale: "en", messages: messages.en })),
    getLocale: () => Promise.resolve("en"),
  };
});

const APP = "http://localhost:3000";
// Each route takes its own params; the test hands each the ones its path has.
type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;
type Channel = { name: string; read: (s: PrivateScenario) => Promise<string> };

async function body(handler: Handler, path: string, params: Record<string, string> = {}): Promise<string> {
  const response = await handler(new Request(`${APP}${path}`), { params: Promise.resolve(params) as Promise<never> });
  expect(response.status, path).toBe(200);
  const bytes = Buffer.from(await response.arrayBuffer());
  if (!path.endsWith(".xlsx")) return bytes.toString("utf8");
  // A spreadsheet is a zip: read its cells as a user's spreadsheet program would.
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells: string[] = [];
  book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.text))));
  return cells.join("\n");
}

const json = (value: unknown) => JSON.stringify(value);
const api =
  (handler: Handler, path: string, params?: Record<string, string>): Channel["read"] =>
  () =>
    body(handler, path, params);

/** Every public channel that can show an update's or an assessment's text or evidence, as the public reaches it. */
const CHANNELS: Channel[] = [
  // Pages (their data, in every language) and the inputs of their link-preview images.
  ...locales.flatMap((locale): Channel[] => [
    {
      name: `commitment page (${locale})`,
      read: async (s) => json(await getCommitmentPage(s.commitment.slug, locale)),
    },
    { name: `member page (${locale})`, read: async (s) => json(await getMemberPage(s.member.slug, locale)) },
    { name: `theme page (${locale})`, read: async (s) => json(await getThemePage(s.theme.slug, locale)) },
    {
      name: `explorer search for the marker (${locale})`,
      read: async (s) => json(await listCommitments({ q: s.marker, page: 1, locale })),
    },
  ]),
  {
    name: "member and theme timelines",
    read: async (s) =>
      json([
        await listPublishedUpdates({ member: s.member.slug }, 50),
        await listPublishedUpdates({ theme: s.theme.slug }, 50),
      ]),
  },
  {
    name: "dashboard's recent updates",
    read: async () => json(await Promise.all(locales.map((locale) => listRecentUpdates({}, locale, 50)))),
  },
  // The API.
  { name: "GET /api/v1", read: api(apiIndex, "/api/v1") },
  { name: "GET /api/v1/commitments", read: api(listCommitmentsApi, "/api/v1/commitments?per_page=100") },
  {
    name: "GET /api/v1/commitments?q=marker",
    // Its links echo the query: what it found is what must not hold the marker.
    read: async (s) =>
      json((JSON.parse(await body(listCommitmentsApi, `/api/v1/commitments?q=${s.marker}`)) as { data: unknown }).data),
  },
  {
    name: "GET /api/v1/commitments/<slug>",
    read: (s) => body(getCommitment, `/api/v1/commitments/${s.commitment.slug}`, { slug: s.commitment.slug }),
  },
  { name: "GET /api/v1/members", read: api(listMembersApi, "/api/v1/members") },
  {
    name: "GET /api/v1/members/<slug>",
    read: (s) => body(getMemberApi, `/api/v1/members/${s.member.slug}`, { slug: s.member.slug }),
  },
  { name: "GET /api/v1/themes", read: api(listThemesApi, "/api/v1/themes") },
  { name: "GET /api/v1/meetings", read: api(listMeetingsApi, "/api/v1/meetings") },
  { name: "GET /api/v1/updates", read: api(listUpdatesApi, "/api/v1/updates?per_page=100") },
  {
    name: "GET /api/v1/updates?member=<slug>",
    read: (s) => body(listUpdatesApi, `/api/v1/updates?member=${s.member.slug}`),
  },
  { name: "GET /api/v1/assessments", read: api(listAssessmentsApi, "/api/v1/assessments?per_page=100") },
  {
    name: "GET /api/v1/assessments?commitment=<slug>",
    read: (s) => body(listAssessmentsApi, `/api/v1/assessments?commitment=${s.commitment.slug}`),
  },
  // The assessments comparison's downloads.
  ...["theme", "member"].map((by): Channel => ({
    name: `/assessments/comparison.csv?by=${by}`,
    read: api(comparisonCsv, `/assessments/comparison.csv?by=${by}`),
  })),
  // Open data and the charts' data (embeds draw the same figures).
  ...DOWNLOAD_FILES.map(({ file }): Channel => ({
    name: `/data/${file}`,
    read: api(dataFile, `/data/${file}`, { file }),
  })),
  ...CHART_IDS.map((chart): Channel => ({
    name: `/charts/${chart}/data.csv`,
    read: api(chartCsv, `/charts/${chart}/data.csv`, { chart }),
  })),
  // The sitemap, index and files.
  {
    name: "sitemaps",
    read: async () => {
      const index = await body(sitemapIndex, "/sitemap.xml");
      const files = [...index.matchAll(/\/sitemaps\/([^<]+)</g)].map((match) => match[1]!);
      return [
        index,
        ...(await Promise.all(files.map((file) => body(sitemapFile, `/sitemaps/${file}`, { file })))),
      ].join("\n");
    },
  },
  // Atom feeds in every language, and what the email digests are written from.
  ...locales.flatMap((locale): Channel[] => [
    { name: `/feed.xml (${locale})`, read: api(allFeed.GET, `/feed.xml?locale=${locale}`) },
    {
      name: `commitment feed (${locale})`,
      read: (s) =>
        body(commitmentFeed.GET, `/commitments/${s.commitment.slug}/feed.xml?locale=${locale}`, {
          slug: s.commitment.slug,
        }),
    },
    {
      name: `member feed (${locale})`,
      read: (s) => body(memberFeed.GET, `/members/${s.member.slug}/feed.xml?locale=${locale}`, { slug: s.member.slug }),
    },
    {
      name: `theme feed (${locale})`,
      read: (s) => body(themeFeed.GET, `/themes/${s.theme.slug}/feed.xml?locale=${locale}`, { slug: s.theme.slug }),
    },
    {
      name: `email digest's events (${locale})`,
      read: async (s) => json(await readFeedEvents({ kind: "member", slug: s.member.slug }, locale, { limit: 500 })),
    },
  ]),
  // The accountability report of a closed cycle (the PDF is rendered from this snapshot).
  {
    name: "closed cycle's report",
    read: async (s) => json((await db.reportingCycle.findUniqueOrThrow({ where: { id: s.closedCycle.id } })).snapshot),
  },
];

let scenario: PrivateScenario;
const seen = new Map<string, string>();

beforeAll(async () => {
  scenario = await createPrivateScenario(db);
  for (const channel of CHANNELS) seen.set(channel.name, await channel.read(scenario));
}, 120_000);

describe("no public channel returns a secretariat-only or redacted text", () => {
  it.each(CHANNELS.map((channel) => channel.name))("%s", (name) => {
    const text = seen.get(name)!;
    expect(text).not.toContain(scenario.marker);
    expect(text).not.toContain("Amina");
  });

  it("reaches the commitment in the channels that show it, so their silence means something", () => {
    expect(seen.get("commitment page (en)")).toContain(scenario.publicText.narrative);
    expect(seen.get("commitment page (en)")).toContain(scenario.publicText.url);
    expect(seen.get("GET /api/v1/updates?member=<slug>")).toContain(scenario.publicText.url);
    expect(seen.get("/data/updates.csv")).toContain(scenario.publicText.narrative);
    expect(seen.get("closed cycle's report")).toContain(scenario.publicText.narrative);
    expect(seen.get("commitment page (en)")).toContain(scenario.assessmentPublic.narrative);
    expect(seen.get("commitment page (en)")).toContain(scenario.assessmentPublic.url);
    expect(seen.get("GET /api/v1/assessments?commitment=<slug>")).toContain(scenario.assessmentPublic.url);
    expect(seen.get("/data/assessments.csv")).toContain(scenario.assessmentPublic.narrative);
    expect(seen.get("/assessments/comparison.csv?by=member")).toContain(scenario.member.slug);
  });

  it("says on the commitment page when the secretariat redacted an assessment's narrative, link and response", () => {
    const page = JSON.parse(seen.get("commitment page (en)")!) as {
      assessments: {
        id: string;
        narrativeRedactedAt: string | null;
        redactedEvidence: unknown[];
        responses: { textRedactedAt: string | null }[];
      }[];
    };
    const redacted = page.assessments.find((assessment) => assessment.id === scenario.assessments.redacted);
    expect(redacted?.narrativeRedactedAt).toEqual(expect.any(String));
    expect(redacted?.redactedEvidence).toHaveLength(1);
    expect(redacted?.responses.map((response) => response.textRedactedAt)).toEqual([expect.any(String)]);
  });
});

describe("the API, the open data and the feeds say that text was redacted, and when", () => {
  type Redacted = { id: string; narrative: string; redacted_parts: string[]; redacted_at: string | null };
  const record = <T extends { id: string }>(name: string, id: string) =>
    (JSON.parse(seen.get(name)!) as { data: T[] }).data.find((item) => item.id === id);
  // The records looked at hold no line break inside a cell.
  const csvLine = (name: string, id: string) =>
    seen
      .get(name)!
      .split(/\r?\n/)
      .find((line) => line.startsWith(id));

  it("in GET /api/v1/updates and /api/v1/assessments", () => {
    expect(record<Redacted>("GET /api/v1/updates?member=<slug>", scenario.updates.redacted)).toMatchObject({
      narrative: "",
      redacted_parts: ["narrative", "evidence_link"],
      redacted_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(record<Redacted>("GET /api/v1/updates?member=<slug>", scenario.updates.withPrivateParts)).toMatchObject({
      redacted_parts: [],
      redacted_at: null,
    });
    const assessment = record<Redacted & { responses: { text: string; redacted_at: string | null }[] }>(
      "GET /api/v1/assessments?commitment=<slug>",
      scenario.assessments.redacted,
    );
    expect(assessment).toMatchObject({
      narrative: "",
      redacted_parts: ["narrative", "evidence_link"],
      redacted_at: expect.any(String),
      responses: [{ text: "", redacted_at: expect.any(String) }],
    });
  });

  it("in the last columns of updates.csv and assessments.csv", () => {
    expect(csvLine("/data/updates.csv", scenario.updates.redacted)).toMatch(/,narrative;evidence_link,\d{4}-[^,]+Z$/);
    expect(csvLine("/data/updates.csv", scenario.updates.withPrivateParts)).toMatch(/,,$/);
    expect(csvLine("/data/assessments.csv", scenario.assessments.redacted)).toMatch(
      /,narrative;evidence_link,\d{4}-[^,]+Z$/,
    );
  });

  it("in the feeds, in the words the pages use", () => {
    expect(seen.get("commitment feed (en)")).toContain("Redacted by the secretariat on ");
    expect(seen.get("commitment feed (fr)")).toContain("Supprimé par le secrétariat le ");
  });
});

describe("what the secretariat and the commitment's focal points still see", () => {
  it("shows the secretariat the private passage and link, and no trace of the redacted words", async () => {
    const update = json(await getPublishedUpdate(scenario.secretariat, scenario.updates.withPrivateParts));
    expect(update).toContain(scenario.secretsKept.passage);
    expect(update).toContain(scenario.secretsKept.url);
    const redacted = await getPublishedUpdate(scenario.secretariat, scenario.updates.redacted);
    expect(redacted?.narrativeRedactedAt).toBeInstanceOf(Date);
    expect(redacted?.redactedEvidence).toHaveLength(1);
    expect(json(redacted)).not.toContain(scenario.marker);
  });

  it("shows the secretariat an assessment's private passage and link, and no trace of its redacted words", async () => {
    const kept = json(await getPublishedAssessment(scenario.secretariat, scenario.assessments.withPrivateParts));
    expect(kept).toContain(scenario.assessmentKept.passage);
    expect(kept).toContain(scenario.assessmentKept.url);
    const redacted = await getPublishedAssessment(scenario.secretariat, scenario.assessments.redacted);
    expect(redacted?.narrativeRedactedAt).toBeInstanceOf(Date);
    expect(redacted?.redactedEvidence).toHaveLength(1);
    expect(redacted?.responses[0]?.textRedactedAt).toBeInstanceOf(Date);
    expect(json(redacted)).not.toContain(scenario.marker);
  });

  it("shows the author and a colleague of the same member the private parts", async () => {
    for (const user of [scenario.author, scenario.colleague]) {
      const page = json(await getWorkspaceCommitment(user, scenario.commitment.slug));
      expect(page).toContain(scenario.secretsKept.passage);
      expect(page).toContain(scenario.secretsKept.label);
      expect(page).not.toContain(scenario.secretsRedacted.narrative);
    }
  });

  it("shows a reviewer their own assessment's private parts, and another reviewer of their organisation none", async () => {
    const passage = `Reviewer's own private note ${scenario.marker}`;
    const written = await writeAssessment(
      scenario.reviewer,
      {
        commitmentId: scenario.commitment.id,
        assessmentId: "",
        version: "",
        values: {
          status: "IN_PROGRESS",
          narrative: "A draft.",
          privatePassage: passage,
          language: "en",
          periodFrom: "2024-01-01",
          periodTo: "2024-12-31",
          evidence: [{ url: `https://example.org/${scenario.marker}/draft.pdf`, label: "", secretariatOnly: true }],
        },
      },
      "draft",
    );
    expect(written.ok).toBe(true);
    expect(json(await getAssessmentForm(scenario.reviewer, scenario.commitment.slug))).toContain(passage);
    const mine = json(await listMyAssessments(scenario.reviewer, ""));
    expect(mine).toContain(scenario.assessmentKept.passage);
    expect(mine).toContain(scenario.assessmentKept.url);
    // Colleagues in one organisation write separately (decision 0023): the second reviewer sees no private part,
    // neither of the draft nor of the published assessments.
    const colleague = json([
      await getAssessmentForm(scenario.reviewerColleague, scenario.commitment.slug),
      await listMyAssessments(scenario.reviewerColleague, scenario.commitment.title),
    ]);
    expect(colleague).toContain(scenario.commitment.slug);
    expect(colleague).not.toContain(scenario.marker);
    expect(colleague).not.toContain("Amina");
  });

  it("keeps the redacted words out of the whole database, the audit log included", async () => {
    const rows = await db.auditLog.findMany({
      where: { entityId: scenario.updates.redacted },
      select: { action: true, before: true, after: true },
    });
    const audit = json(rows);
    expect(rows.map((row) => row.action)).toContain("progress_update.redact");
    expect(audit).not.toContain(scenario.marker);
    expect(audit).toContain("It could identify a survivor.");
    const [hits] = await db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM audit_log a WHERE a::text LIKE ${`%${scenario.secretsRedacted.label}%`}`;
    expect(hits?.count).toBe(0);
  });

  it("keeps an assessment's and a response's redacted words out of the audit log", async () => {
    const ids = [scenario.assessments.redacted, scenario.assessments.responseId];
    const rows = await db.auditLog.findMany({
      where: { entityId: { in: ids } },
      select: { action: true, before: true, after: true },
    });
    const audit = json(rows);
    expect(rows.map((row) => row.action)).toEqual(
      expect.arrayContaining(["assessment.submit", "assessment.respond", "assessment.redact"]),
    );
    expect(audit).not.toContain(scenario.marker);
    expect(audit).toContain("It could identify a witness.");
  });
});
