// GET /data/<file>: the bulk downloads from the real database, read back as their users would read them (papaparse
// for CSV, exceljs for XLSX, JSON.parse) and compared with what the database holds.
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/data/[file]/route";
import { sessionUserOf } from "@/lib/auth/testing/session-user-of";
import { db } from "@/lib/db";
import { COMMITMENTS_CSV_COLUMNS } from "./commitments-csv-columns";
import { parseCsvRecords } from "@/lib/testing/parse-csv";
import { exportResponse } from "@/lib/reporting/export-response";
import { createSecretariat } from "@/prisma/seed/factories";
import { OPEN_DATA_TABLES, TABLE_NAMES } from "./columns";
import { DOWNLOAD_FILES } from "./download-files";
import { createPublicScenario, secretsOf, type PublicScenario } from "@/lib/testing/public-scenario";

const APP_URL = "http://localhost:3000";
let scenario: PublicScenario;
const files = new Map<string, { response: Response; body: Buffer }>();

async function download(file: string, headers?: HeadersInit) {
  const response = await GET(new Request(`${APP_URL}/data/${file}`, { headers }), {
    params: Promise.resolve({ file }),
  });
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

async function fetched(file: string) {
  if (!files.has(file)) files.set(file, await download(file));
  return files.get(file)!;
}

async function csvRecords(file: string) {
  const { body } = await fetched(file);
  const parsed = Papa.parse<Record<string, string>>(body.toString("utf8"), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { header: parsed.meta.fields ?? [], records: parsed.data };
}

beforeAll(async () => {
  scenario = await createPublicScenario(db);
});

describe("commitments.csv", () => {
  it("holds every approved commitment, with the database's values", async () => {
    const { header, records } = await csvRecords("commitments.csv");
    expect(header).toEqual(OPEN_DATA_TABLES.commitments.columns.map((column) => column.name));
    expect(records).toHaveLength(await db.commitment.count({ where: { approval: "APPROVED" } }));

    const commitment = await db.commitment.findUniqueOrThrow({
      where: { id: scenario.reported.id },
      include: { member: true, meeting: true },
    });
    expect(records.find((record) => record.commitment_slug === commitment.slug)).toMatchObject({
      commitment_title: commitment.title,
      member_name: commitment.member.name,
      member_slug: commitment.member.slug,
      member_kind: "member_state",
      member_iso3: "KEN",
      themes: `'${scenario.theme.name}`, // "=Theme …" neutralised for spreadsheets
      theme_slugs: scenario.theme.slug,
      pillars: "protection;relief_recovery",
      meeting: commitment.meeting.title,
      meeting_slug: commitment.meeting.slug,
      meeting_date: commitment.meeting.startDate.toISOString().slice(0, 10),
      target_date: "2030-12-31",
      approval: "approved",
      implementation_status: "substantially_complete",
      percent_complete: "75",
      last_published_at: "2026-03-01T09:30:00.000Z",
      latest_verification: "evidence_verified",
      indicator_baseline: "-12.5",
      indicator_target: "400",
      milestone_count: "1",
      milestones_reached: "0",
      published_update_count: "1",
      demonstration_data: "false",
      url: `${APP_URL}/commitments/${commitment.slug}`,
    });
    expect(records.find((record) => record.commitment_slug === scenario.silent.slug)).toMatchObject({
      implementation_status: "not_reported",
      percent_complete: "",
      last_published_at: "",
      published_update_count: "0",
    });
  });

  it("starts with the secretariat export's columns, holding the same values", async () => {
    const secretariat = await sessionUserOf((await createSecretariat(db)).user.id);
    const response = await exportResponse(secretariat, "csv", new URLSearchParams());
    const exported = parseCsvRecords(await response.text());
    const { records } = await csvRecords("commitments.csv");
    for (const slug of [scenario.reported.slug, scenario.silent.slug]) {
      const ours = records.find((record) => record.commitment_slug === slug)!;
      const theirs = exported.find((record) => record.commitment_slug === slug)!;
      const shared = (record: Record<string, string>) =>
        Object.fromEntries(COMMITMENTS_CSV_COLUMNS.map((name) => [name, record[name]]));
      expect(shared(ours)).toEqual(shared(theirs));
    }
  });
});

describe("updates.csv, members.csv, themes.csv, meetings.csv", () => {
  it("hold the published updates only, with their evidence and barriers", async () => {
    const { records } = await csvRecords("updates.csv");
    expect(records).toHaveLength(
      await db.progressUpdate.count({ where: { reviewState: "PUBLISHED", commitment: { approval: "APPROVED" } } }),
    );
    const ours = records.filter((record) => record.commitment_slug === scenario.reported.slug);
    expect(ours).toEqual([
      expect.objectContaining({
        update_id: scenario.published.id,
        member_slug: scenario.member.slug,
        published_at: "2026-03-01T09:30:00.000Z",
        implementation_status: "substantially_complete",
        percent_complete: "75",
        verification: "evidence_verified",
        narrative: `Published narrative ${scenario.word}`,
        evidence_urls: "https://example.org/report.pdf",
        evidence_labels: "Report",
        barriers: "funding",
        barrier_details: "funding: Budget cut",
        url: `${APP_URL}/commitments/${scenario.reported.slug}#update-${scenario.published.id}`,
      }),
    ]);
  });

  it("count each member's and theme's approved commitments by status", async () => {
    const members = (await csvRecords("members.csv")).records;
    expect(members).toHaveLength(await db.member.count());
    expect(members.find((record) => record.member_slug === scenario.member.slug)).toMatchObject({
      member_name: scenario.member.name,
      regional_group: "african",
      commitment_count: "2",
      commitments_not_reported: "1",
      commitments_substantially_complete: "1",
    });
    const themes = (await csvRecords("themes.csv")).records;
    expect(themes.find((record) => record.theme_slug === scenario.theme.slug)).toMatchObject({
      theme_name: `'${scenario.theme.name}`,
      commitment_count: "1",
    });
    const meetings = (await csvRecords("meetings.csv")).records;
    expect(meetings.find((record) => record.meeting_slug === "test-meeting")).toMatchObject({
      meeting_kind: "capital_level",
      start_date: "2018-04-09",
    });
  });
});

describe("wps-commitments.xlsx", () => {
  it("reads back with the database's values, typed", async () => {
    const { response, body } = await fetched("wps-commitments.xlsx");
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([...TABLE_NAMES, "about"]);

    const sheet = workbook.getWorksheet("commitments")!;
    const names = OPEN_DATA_TABLES.commitments.columns.map((column) => column.name);
    expect(sheet.getRow(1).values).toEqual([undefined, ...names]);
    expect(sheet.rowCount - 1).toBe(await db.commitment.count({ where: { approval: "APPROVED" } }));
    let row: ExcelJS.Row | undefined;
    sheet.eachRow((candidate) => {
      if (candidate.getCell(1).value === scenario.reported.slug) row = candidate;
    });
    const value = (name: string) => row!.getCell(names.indexOf(name) + 1).value;
    expect(value("commitment_title")).toBe(scenario.reported.title);
    expect(value("themes")).toBe(scenario.theme.name); // Text stays text: no quote in a workbook.
    expect(value("percent_complete")).toBe(75);
    expect(value("indicator_baseline")).toBe(-12.5);
    expect(value("target_date")).toEqual(new Date("2030-12-31T00:00:00Z"));
    expect((value("last_published_at") as Date).toISOString()).toBe("2026-03-01T09:30:00.000Z");
    expect(value("demonstration_data")).toBe(false);

    const updates = workbook.getWorksheet("updates")!;
    const updateIds = updates.getColumn(1).values.slice(2);
    expect(updateIds).toContain(scenario.published.id);
    for (const hidden of scenario.hidden) expect(updateIds).not.toContain(hidden.id);
  });
});

describe("wps-commitments.json and datapackage.json", () => {
  it("hold the same tables as JSON values", async () => {
    const document = JSON.parse((await fetched("wps-commitments.json")).body.toString("utf8")) as {
      licence: { name: string };
      commitments: { commitment_slug: string }[];
      updates: { update_id: string }[];
    };
    expect(document.licence.name).toBe("CC-BY-4.0");
    const commitment = document.commitments.find((record) => record.commitment_slug === scenario.reported.slug);
    expect(commitment).toMatchObject({
      percent_complete: 75,
      indicator_baseline: -12.5,
      themes: scenario.theme.name,
      demonstration_data: false,
    });
    expect(document.updates.map((update) => update.update_id)).toContain(scenario.published.id);
  });

  it("describe every CSV file with exactly its header", async () => {
    const descriptor = JSON.parse((await fetched("datapackage.json")).body.toString("utf8")) as {
      licenses: { name: string }[];
      resources: { path: string; schema: { fields: { name: string }[] } }[];
    };
    expect(descriptor.licenses[0]?.name).toBe("CC-BY-4.0");
    for (const resource of descriptor.resources) {
      const { header } = await csvRecords(resource.path);
      expect(
        resource.schema.fields.map((field) => field.name),
        resource.path,
      ).toEqual(header);
    }
  });

  it("never contain an email, a draft, a review comment or an unapproved commitment", async () => {
    for (const file of ["commitments.csv", "updates.csv", "members.csv", "wps-commitments.json"]) {
      const text = (await fetched(file)).body.toString("utf8");
      for (const secret of [...secretsOf(scenario), scenario.proposed.slug])
        expect(text.includes(secret), `${file}: ${secret}`).toBe(false);
    }
  });
});

describe("the downloads route", () => {
  it("answers with the public headers, and a 304 while the data has not changed", async () => {
    const { response } = await fetched("members.csv");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="(wps-open-data-members-\d{4}-\d{2}-\d{2}\.csv)"; filename\*=UTF-8''\1$/,
    );
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/);
    const etag = response.headers.get("etag")!;
    expect((await download("members.csv", { "If-None-Match": etag })).response.status).toBe(304);

    await db.member.update({ where: { id: scenario.other.id }, data: { name: `${scenario.other.name} (renamed)` } });
    expect((await download("members.csv", { "If-None-Match": etag })).response.status).toBe(200);
  });

  it("saves every file under its own name, which says what it is and the day", async () => {
    const names = await Promise.all(
      DOWNLOAD_FILES.map(async ({ file }) => {
        const disposition = (await fetched(file)).response.headers.get("content-disposition") ?? "";
        return /filename="([^"]+)"/.exec(disposition)?.[1];
      }),
    );
    expect(new Set(names).size).toBe(DOWNLOAD_FILES.length);
    for (const name of names.filter((name) => name !== "datapackage.json"))
      expect(name).toMatch(/^wps-open-data(-[a-z]+)?-\d{4}-\d{2}-\d{2}\.(csv|xlsx|json)$/);
    expect(names).toContainEqual(expect.stringMatching(/^wps-open-data-commitments-\d{4}-\d{2}-\d{2}\.csv$/));
  });

  it("answers an unknown file with a 404 problem", async () => {
    const { response, body } = await download("secrets.csv");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    expect(JSON.parse(body.toString("utf8"))).toMatchObject({ status: 404, type: "/api/docs#problem-not-found" });
  });
});
