// Shaping and serialising the secretariat's "all commitments" CSV. Pure: the route handler
// (app/secretariat/export/commitments/route.ts) reads the rows and sends the file.
import { stringify } from "csv-stringify/sync";
import type { CommitmentForExport } from "@/lib/data/secretariat/list-commitments-for-export";
import { COMMITMENTS_CSV_COLUMNS, type CommitmentsCsvRow } from "./commitments-csv-columns";
import { neutraliseFormula } from "./neutralise-formula";

export const COMMITMENTS_CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

export function commitmentsCsvFilename(now: Date): string {
  return `wps-commitments-${isoDay(now)}.csv`;
}

export function toCommitmentsCsvRow(commitment: CommitmentForExport, appUrl: string): CommitmentsCsvRow {
  const latest = commitment.updates[0];
  const themes = [...commitment.themes]
    .map(({ theme }) => theme)
    .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name));
  return {
    commitment_slug: commitment.slug,
    commitment_title: commitment.title,
    member_name: commitment.member.name,
    member_kind: code(commitment.member.kind),
    member_iso3: commitment.member.isoCode,
    themes: themes.map((theme) => theme.name).join(";"),
    pillars: commitment.pillars.map(code).join(";"),
    meeting: commitment.meeting.title,
    meeting_date: isoDay(commitment.meeting.startDate),
    target_date: commitment.targetDate ? isoDay(commitment.targetDate) : null,
    approval: code(commitment.approval),
    implementation_status: code(commitment.currentStatus ?? "NOT_REPORTED"),
    percent_complete: commitment.currentPercent,
    last_published_at: commitment.lastPublishedAt?.toISOString() ?? null,
    latest_verification: latest ? code(latest.verification) : null,
    demonstration_data: String(commitment.isDemo || commitment.member.isDemo || (latest?.isDemo ?? false)),
    url: commitment.approval === "APPROVED" ? new URL(`/commitments/${commitment.slug}`, appUrl).href : null,
  };
}

export function serialiseCommitmentsCsv(rows: readonly CommitmentsCsvRow[]): string {
  return stringify(rows as CommitmentsCsvRow[], {
    header: true,
    columns: [...COMMITMENTS_CSV_COLUMNS],
    bom: true,
    record_delimiter: "\r\n",
    // Quote any cell holding CR or LF, not only the CRLF delimiter itself (csv-stringify's default once
    // record_delimiter is set), or a lone "\n" in a title would split the record.
    quote_record_delimiter: true,
    cast: { string: (value) => neutraliseFormula(value) },
  });
}

/** Enum codes as documented in the column schema: lower snake_case. */
function code(value: string): string {
  return value.toLowerCase();
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
