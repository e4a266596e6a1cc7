// The secretariat's exports as a client gets them (GET /secretariat/exports/<format>): read back with a CSV parser
// (papaparse) and with exceljs, they give the database's values; user text never becomes a formula; filters and
// scope select the rows; refusals, rate limit and headers (through the route handler, with the session mocked).
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as exportRoute } from "@/app/[locale]/secretariat/exports/[format]/route";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { sessionUserOf } from "@/lib/auth/testing/session-user-of";
import { FILTER_KEYS } from "@/lib/domain/commitment-filters";
import { secretariatExportSource } from "@/lib/data/secretariat/reporting/export-source";
import { SECRETARIAT_COMMITMENTS_CSV_COLUMNS } from "@/lib/open-data/commitments-csv-columns";
import { SECRETARIAT_TABLE_NAMES } from "@/lib/exports/secretariat-tables";
import {
  createCommitment,
  createFocalPoint,
  createMember,
  createPublishedUpdate,
  createSecretariat,
} from "@/prisma/seed/factories";
import { EXPORT_LIMIT } from "./export-rate-limit";
import { exportResponse } from "./export-response";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: () => Promise.resolve(session.user) }));

const FORMULA_TITLES = ['=HYPERLINK("http://evil","x")', "+1", "@SUM(A1)", "-2", "\tTabbed =1+1", "\rCarriage =1"];

let member: { id: string; slug: string; name: string };
let reported: { id: string; slug: string };
let proposed: { id: string; slug: string };
let formulaSlugs: Map<string, string>;
let draftId: string;
let publishedId: string;
let focalPoint: SessionUser;
let themeOrder: { slug: string; name: string }[];

/** A secretariat user of its own, so each test has its own download allowance. */
const newSecretariat = async () => sessionUserOf((await createSecretariat(db)).user.id);

async function download(user: SessionUser | null, format: string, query: Record<string, string> = {}) {
  return exportResponse(user, format, new URLSearchParams(query), new Date("2026-11-29T10:00:00Z"));
}

/** The same download through the route handler, as `user` (who is signed in is all that is mocked). */
async function get(user: SessionUser | null, format: string, query: Record<string, string> = {}) {
  session.user = user;
  const url = `http://localhost/secretariat/exports/${format}?${new URLSearchParams(query)}`;
  const response = await exportRoute(new Request(url), { params: Promise.resolve({ format }) });
  session.user = null;
  return response;
}

/** The body as text, byte order mark included (Response.text() drops it). */
async function textOf(response: Response) {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
}

beforeAll(async () => {
  const suffix = crypto.randomUUID().slice(0, 8);
  member = await createMember(db, {
    slug: `exports-${suffix}`,
    name: `Côte d’Ivoire, Exports ${suffix}`,
    isoCode: "CIV",
  });
  focalPoint = await sessionUserOf((await createFocalPoint(db, member.id)).user.id);
  // Attached out of the taxonomy's order: the export lists them in it.
  const themes = await Promise.all(
    [
      { slug: `exports-${suffix}-b`, name: `Localisation ${suffix}`, sortOrder: 50 },
      { slug: `exports-${suffix}-a`, name: `Participation; "quoted", ${suffix}`, sortOrder: 5 },
    ].map((data) => db.theme.create({ data })),
  );
  themeOrder = [themes[1]!, themes[0]!];
  reported = await createCommitment(db, member.id, {
    slug: `exports-${suffix}-a`,
    title: 'Train "all" peacekeepers,\nincluding police',
    pillars: ["PROTECTION", "RELIEF_RECOVERY"],
    targetDate: new Date("2030-12-31T00:00:00Z"),
    themeIds: themes.map((theme) => theme.id),
  });
  publishedId = (
    await createPublishedUpdate(db, reported.id, {
      status: "SUBSTANTIALLY_COMPLETE",
      percentComplete: 75,
      verification: "EVIDENCE_VERIFIED",
      narrative: "=cmd|' /C calc'!A0 — and a second line\nhere",
      publishedAt: new Date("2026-03-01T09:30:00.000Z"),
    })
  ).id;
  await db.evidenceLink.createMany({
    data: [
      { updateId: publishedId, url: "https://example.org/a-budget.pdf", label: "Budget law" },
      { updateId: publishedId, url: "https://example.org/b-minutes.pdf", label: null },
    ],
  });
  draftId = (
    await db.progressUpdate.create({
      data: {
        commitmentId: reported.id,
        status: "COMPLETED",
        percentComplete: 100,
        narrative: "Draft, not public.",
        reviewState: "DRAFT",
      },
    })
  ).id;
  formulaSlugs = new Map();
  for (const [index, title] of FORMULA_TITLES.entries()) {
    const commitment = await createCommitment(db, member.id, { slug: `exports-${suffix}-f${index}`, title });
    formulaSlugs.set(title, commitment.slug);
  }
  proposed = await createCommitment(db, member.id, {
    slug: `exports-${suffix}-p`,
    title: "A proposal",
    approval: "PROPOSED",
    approvalComment: "Please add a target date.",
  });
});

function parseCsv(text: string) {
  expect(text.startsWith("\uFEFF")).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed;
}

describe("CSV export", () => {
  it("has the documented header and reads back the database's values", async () => {
    const response = await download(await newSecretariat(), "csv", { member: member.slug });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="wps-commitments-public-${member.slug}-2026-11-29.csv"; filename*=UTF-8''wps-commitments-public-${member.slug}-2026-11-29.csv`,
    );
    const text = await textOf(response);
    expect(text.split("\r\n")[0]).toBe(`\uFEFF${SECRETARIAT_COMMITMENTS_CSV_COLUMNS.join(",")}`);
    const { data, meta } = parseCsv(text);
    expect(meta.fields).toEqual([...SECRETARIAT_COMMITMENTS_CSV_COLUMNS]);
    // Filtered by member, public scope: the approved commitments of this member only.
    expect(data.map((row) => row.commitment_slug).sort()).toEqual([reported.slug, ...formulaSlugs.values()].sort());

    const row = data.find((r) => r.commitment_slug === reported.slug)!;
    const commitment = await db.commitment.findUniqueOrThrow({
      where: { id: reported.id },
      include: { member: true, meeting: true },
    });
    expect(row).toMatchObject({
      commitment_title: commitment.title,
      member_name: commitment.member.name,
      member_kind: "member_state",
      member_iso3: "CIV",
      themes: themeOrder.map((theme) => theme.name).join(";"),
      pillars: "protection;relief_recovery",
      meeting: commitment.meeting.title,
      meeting_date: commitment.meeting.startDate.toISOString().slice(0, 10),
      target_date: "2030-12-31",
      approval: "approved",
      implementation_status: "substantially_complete",
      percent_complete: "75",
      last_published_at: commitment.lastPublishedAt!.toISOString(),
      latest_verification: "evidence_verified",
      demonstration_data: "false",
      member_slug: member.slug,
      theme_slugs: themeOrder.map((theme) => theme.slug).join(";"),
      ogp_completion: "substantial",
      compact_progress: "limited",
      published_update_count: "1",
      pending_update_count: "1",
      description: commitment.description,
      approval_comment: "",
    });
    expect(row.url).toMatch(new RegExp(`/commitments/${reported.slug}$`));
  });

  it("neutralises every title a spreadsheet would run as a formula", async () => {
    const { data } = parseCsv(await textOf(await download(await newSecretariat(), "csv", { member: member.slug })));
    for (const [title, slug] of formulaSlugs) {
      const row = data.find((r) => r.commitment_slug === slug)!;
      expect(row.commitment_title).toBe(`'${title}`);
      expect(row.ogp_completion).toBe("");
      expect(row.implementation_status).toBe("not_reported");
    }
  });

  it("ends every record with CRLF, and writes the header alone when no commitment matches", async () => {
    const text = await textOf(
      await download(await newSecretariat(), "csv", { q: `no-such-words-${crypto.randomUUID()}` }),
    );
    expect(text).toBe(`\uFEFF${SECRETARIAT_COMMITMENTS_CSV_COLUMNS.join(",")}\r\n`);
  });

  it("has one row per commitment in the database with scope=all and no filter", async () => {
    const response = await download(await newSecretariat(), "csv", { scope: "all" });
    expect(response.headers.get("content-disposition")).toContain(
      'filename="wps-commitments-everything-2026-11-29.csv"',
    );
    const { data } = parseCsv(await textOf(response));
    expect(data).toHaveLength(await db.commitment.count());
    expect(new Set(data.map((row) => row.commitment_slug)).size).toBe(data.length);
  });

  it("includes proposed commitments only with scope=all", async () => {
    const user = await newSecretariat();
    const { data } = parseCsv(await textOf(await download(user, "csv", { member: member.slug, scope: "all" })));
    expect(data.find((r) => r.commitment_slug === proposed.slug)).toMatchObject({
      approval: "proposed",
      approval_comment: "Please add a target date.",
      url: "",
    });
  });
});

describe("XLSX export", () => {
  async function workbook(query: Record<string, string>) {
    const response = await download(await newSecretariat(), "xlsx", query);
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await response.arrayBuffer());
    return book;
  }

  it("has a sheet each for commitments, updates, members and themes, with a bold, frozen header", async () => {
    const book = await workbook({ member: member.slug });
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([...SECRETARIAT_TABLE_NAMES, "about"]);
    const sheet = book.getWorksheet("commitments")!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...SECRETARIAT_COMMITMENTS_CSV_COLUMNS]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getColumn(2).width).toBeGreaterThan(10);
  });

  it("reads back typed cells with the database's values, and user text always as text", async () => {
    const book = await workbook({ member: member.slug });
    const sheet = book.getWorksheet("commitments")!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    const rows = new Map<string, ExcelJS.Row>();
    sheet.eachRow((row, number) => {
      if (number > 1) rows.set(row.getCell(1).text, row);
    });
    const cell = (slug: string, column: string) => rows.get(slug)!.getCell(header.indexOf(column) + 1);
    const commitment = await db.commitment.findUniqueOrThrow({ where: { id: reported.id } });

    expect(cell(reported.slug, "commitment_title").value).toBe(commitment.title);
    expect(cell(reported.slug, "percent_complete").type).toBe(ExcelJS.ValueType.Number);
    expect(cell(reported.slug, "percent_complete").value).toBe(75);
    expect(cell(reported.slug, "target_date").value).toEqual(new Date("2030-12-31T00:00:00Z"));
    expect(cell(reported.slug, "last_published_at").value).toEqual(commitment.lastPublishedAt);
    expect(cell(reported.slug, "demonstration_data").value).toBe(false);
    for (const [title, slug] of formulaSlugs) {
      const titleCell = cell(slug, "commitment_title");
      expect(titleCell.type).toBe(ExcelJS.ValueType.String);
      // XLSX is XML, whose parsers read a carriage return as a line feed; everything else comes back as it was.
      expect(titleCell.value).toBe(title.replaceAll("\r", "\n"));
      expect(titleCell.formula).toBeUndefined();
    }
  });

  it("lists the published updates, and the unpublished ones only with scope=all", async () => {
    const ids = async (query: Record<string, string>) => {
      const sheet = (await workbook(query)).getWorksheet("updates")!;
      const found: { id: string; state: string; narrative: ExcelJS.CellValue }[] = [];
      sheet.eachRow((row, number) => {
        if (number > 1)
          found.push({
            id: row.getCell(1).text,
            state: row.getCell(4).text,
            narrative: row.getCell(14).value,
          });
      });
      return found;
    };
    const publicUpdates = await ids({ member: member.slug });
    expect(publicUpdates).toEqual([
      { id: publishedId, state: "published", narrative: "=cmd|' /C calc'!A0 — and a second line\nhere" },
    ]);
    const all = await ids({ member: member.slug, scope: "all" });
    expect(all.map((u) => u.id).sort()).toEqual([publishedId, draftId].sort());
    expect(all.find((u) => u.id === draftId)?.state).toBe("draft");
  });

  it("gives the evidence links of an update with their titles, line for line", async () => {
    const sheet = (await workbook({ member: member.slug })).getWorksheet("updates")!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    let row: ExcelJS.Row | undefined;
    sheet.eachRow((candidate) => {
      if (candidate.getCell(1).value === publishedId) row = candidate;
    });
    const cell = (column: string) => row!.getCell(header.indexOf(column) + 1).value;
    expect(cell("evidence_urls")).toBe("https://example.org/a-budget.pdf\nhttps://example.org/b-minutes.pdf");
    expect(cell("evidence_labels")).toBe("Budget law\n");
  });
});

describe("JSON export", () => {
  it("carries the filters and the tables as records", async () => {
    const response = await download(await newSecretariat(), "json", {
      member: member.slug,
      status: "SUBSTANTIALLY_COMPLETE",
    });
    const body = (await response.json()) as Record<string, unknown> & { commitments: Record<string, unknown>[] };
    expect(body).toMatchObject({ scope: "public", filters: { member: member.slug, status: "SUBSTANTIALLY_COMPLETE" } });
    expect(body.commitments).toEqual([
      expect.objectContaining({
        commitment_slug: reported.slug,
        percent_complete: 75,
        demonstration_data: false,
        target_date: "2030-12-31",
      }),
    ]);
    expect(Object.keys(body)).toEqual([
      "generated_at",
      "scope",
      "filters",
      "commitments",
      "updates",
      "members",
      "themes",
      "assessments",
    ]);
  });
});

describe("filters with scope=all", () => {
  it("run every explorer filter on every approval state without error", async () => {
    const user = await newSecretariat();
    const values: Record<(typeof FILTER_KEYS)[number], string | number> = {
      q: "peacekeepers",
      type: "pledge",
      theme: "no-such-theme",
      pillar: "PROTECTION",
      kind: "MEMBER_STATE",
      region: "AFRICAN",
      meeting: "test-meeting",
      year: 2018,
      status: "NOT_REPORTED",
      member: member.slug,
      demo: "exclude",
    };
    for (const key of FILTER_KEYS) {
      const source = await secretariatExportSource(user, { [key]: values[key] }, "all");
      for await (const batch of source.commitments()) expect(Array.isArray(batch)).toBe(true);
      for await (const batch of source.updates()) expect(Array.isArray(batch)).toBe(true);
    }
    const source = await secretariatExportSource(user, { member: member.slug, status: "NOT_REPORTED" }, "all");
    const slugs: string[] = [];
    for await (const batch of source.commitments()) slugs.push(...batch.map((row) => row.slug));
    expect(slugs).toContain(proposed.slug);
    expect(slugs).not.toContain(reported.slug);
  });

  it("reads in batches by keyset, the same rows as one read", async () => {
    const user = await newSecretariat();
    const read = async (batchSize: number) => {
      const source = await secretariatExportSource(user, { member: member.slug }, "all", batchSize);
      const rows: string[] = [];
      let batches = 0;
      for await (const batch of source.commitments()) {
        batches++;
        rows.push(...batch.map((row) => row.slug));
      }
      return { rows, batches };
    };
    const whole = await read(1000);
    const small = await read(3);
    expect(small.rows).toEqual(whole.rows);
    expect(small.batches).toBe(Math.ceil(whole.rows.length / 3));
  });
});

describe("who may export", () => {
  it("refuses anonymous callers (401) and focal points (403, recorded), in plain words, with no-store", async () => {
    const anonymous = await get(null, "xlsx");
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("cache-control")).toBe("no-store");
    expect(await anonymous.text()).toBe("Sign in to download this file.\n");
    const refused = await get(focalPoint, "csv");
    expect(refused.status).toBe(403);
    expect(refused.headers.get("cache-control")).toBe("no-store");
    expect(await refused.text()).toBe("Your account cannot download this file.\n");
    expect(
      await db.auditLog.findFirst({ where: { action: "authorization.refused", actorId: focalPoint.id } }),
    ).toMatchObject({
      entityType: "export",
      after: expect.objectContaining({
        attempted: "export.download",
        reason: "not_secretariat",
        role: "FOCAL_POINT",
      }) as unknown,
    });
  });

  it("refuses a secretariat account deactivated since its session was loaded, and records why", async () => {
    const deactivated = await newSecretariat();
    await db.user.update({ where: { id: deactivated.id }, data: { active: false } });
    expect((await get(deactivated, "csv")).status).toBe(403);
    expect(
      await db.auditLog.findFirst({ where: { action: "authorization.refused", actorId: deactivated.id } }),
    ).toMatchObject({
      after: expect.objectContaining({ attempted: "export.download", reason: "inactive_user" }) as unknown,
    });
  });

  it("answers 404 for an unknown format", async () => {
    expect((await get(await newSecretariat(), "exe")).status).toBe(404);
  });

  it(`limits each person to ${EXPORT_LIMIT.points} downloads per ${EXPORT_LIMIT.durationSeconds / 60} minutes`, async () => {
    const user = await newSecretariat();
    for (let i = 0; i < EXPORT_LIMIT.points; i++) {
      const response = await get(user, "json", { member: member.slug });
      expect(response.status).toBe(200);
      await response.arrayBuffer();
    }
    // A script (no Accept: text/html) gets the status, Retry-After and the wait in plain words.
    const limited = await get(user, "csv");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("cache-control")).toBe("no-store");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(EXPORT_LIMIT.durationSeconds);
    expect(await limited.text()).toMatch(/^Too many downloads in a short time\. Please try again in \d+ minutes?\.\n$/);
    // Another person is not affected.
    expect((await get(await newSecretariat(), "csv", { member: member.slug })).status).toBe(200);
  });
});
