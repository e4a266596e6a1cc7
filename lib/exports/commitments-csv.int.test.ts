// The secretariat's CSV export, from the database to the parsed file: what a spreadsheet reads back is what the
// database holds (apart from the documented formula neutralisation).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AuthorizationError } from "@/lib/auth/authorization-error";
import type { SessionUser } from "@/lib/auth/session-user";
import { sessionUserOf } from "@/lib/auth/testing/session-user-of";
import { listCommitmentsForExport } from "@/lib/data/secretariat/list-commitments-for-export";
import {
  createCommitment,
  createFocalPoint,
  createMember,
  createPublishedUpdate,
  createSecretariat,
} from "@/prisma/seed/factories";
import { COMMITMENTS_CSV_COLUMNS } from "./commitments-csv-columns";
import { serialiseCommitmentsCsv, toCommitmentsCsvRow } from "./commitments-csv";
import { parseCsv, parseCsvRecords } from "./testing/parse-csv";

const APP_URL = "https://tracker.example.org";
let secretariat: SessionUser;
let focalPoint: SessionUser;
let reported: { id: string; slug: string };
let formulaLike: { id: string; slug: string };
let themeNames: string[];

beforeAll(async () => {
  const member = await createMember(db, { name: "Côte d’Ivoire, Republic of", isoCode: "CIV" });
  secretariat = await sessionUserOf((await createSecretariat(db)).user.id);
  focalPoint = await sessionUserOf((await createFocalPoint(db, member.id)).user.id);
  const suffix = crypto.randomUUID().slice(0, 8);
  const themes = await Promise.all(
    [
      { slug: `csv-b-${suffix}`, name: `Localisation ${suffix}`, sortOrder: 20 },
      { slug: `csv-a-${suffix}`, name: `Participation; "quoted", ${suffix}`, sortOrder: 10 },
    ].map((data) => db.theme.create({ data })),
  );
  themeNames = [themes[1]!.name, themes[0]!.name];
  reported = await createCommitment(db, member.id, {
    title: 'Train "all" peacekeepers,\nincluding police',
    pillars: ["PROTECTION", "RELIEF_RECOVERY"],
    targetDate: new Date("2030-12-31T00:00:00Z"),
    themeIds: themes.map((theme) => theme.id),
  });
  await createPublishedUpdate(db, reported.id, {
    status: "SUBSTANTIALLY_COMPLETE",
    percentComplete: 75,
    verification: "EVIDENCE_VERIFIED",
    publishedAt: new Date("2026-03-01T09:30:00.000Z"),
  });
  formulaLike = await createCommitment(db, member.id, {
    title: '=HYPERLINK("https://evil.example","Click me")',
    approval: "PROPOSED",
  });
});

async function exportedRecords() {
  const rows = (await listCommitmentsForExport(secretariat)).map((commitment) => toCommitmentsCsvRow(commitment, APP_URL));
  return parseCsvRecords(serialiseCommitmentsCsv(rows));
}

describe("commitments CSV export", () => {
  it("has exactly the documented header and one row per commitment in the database", async () => {
    const csv = serialiseCommitmentsCsv(
      (await listCommitmentsForExport(secretariat)).map((commitment) => toCommitmentsCsvRow(commitment, APP_URL)),
    );
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual([...COMMITMENTS_CSV_COLUMNS]);
    expect(rows).toHaveLength(await db.commitment.count());
  });

  it("reads back the database's values", async () => {
    const record = (await exportedRecords()).find((row) => row.commitment_slug === reported.slug);
    const commitment = await db.commitment.findUniqueOrThrow({
      where: { id: reported.id },
      include: { member: true, meeting: true },
    });
    expect(record).toEqual({
      commitment_slug: commitment.slug,
      commitment_title: 'Train "all" peacekeepers,\nincluding police',
      member_name: "Côte d’Ivoire, Republic of",
      member_kind: "member_state",
      member_iso3: "CIV",
      themes: themeNames.join(";"),
      pillars: "protection;relief_recovery",
      meeting: commitment.meeting.title,
      meeting_date: commitment.meeting.startDate.toISOString().slice(0, 10),
      target_date: "2030-12-31",
      approval: "approved",
      implementation_status: "substantially_complete",
      percent_complete: "75",
      last_published_at: "2026-03-01T09:30:00.000Z",
      latest_verification: "evidence_verified",
      demonstration_data: "false",
      url: `${APP_URL}/commitments/${commitment.slug}`,
    });
  });

  it("neutralises a title a spreadsheet would run as a formula, and leaves silence visible", async () => {
    const record = (await exportedRecords()).find((row) => row.commitment_slug === formulaLike.slug);
    expect(record).toMatchObject({
      commitment_title: `'=HYPERLINK("https://evil.example","Click me")`,
      implementation_status: "not_reported",
      percent_complete: "",
      last_published_at: "",
      approval: "proposed",
      url: "",
    });
  });

  it("is refused to focal points and to anonymous callers", async () => {
    await expect(listCommitmentsForExport(focalPoint)).rejects.toMatchObject({ reason: "forbidden" });
    await expect(listCommitmentsForExport(null)).rejects.toBeInstanceOf(AuthorizationError);
  });
});
