// What a progress reports import will do, row by row: enter a report a member sent by email as a published update on
// one of its pledges, leave a report already entered (same pledge, same day, same words) alone, or refuse the row with
// every problem found. A recommendation or a practice shared has no progress, so a row naming one is refused. Pure:
// the database's side comes in as `references`, so the preview and the confirmation decide alike.
import { MAX_EVIDENCE_LINKS, NARRATIVE_MAX_LENGTH } from "@/lib/validation/progress-update-fields";
import { day, percent, required, slug, text, urls, type Cell } from "./cells";
import { FileProblem } from "./file-problem";
import type { PlannedRow } from "./planned-row";
import { PROGRESS_IMPORT_COLUMNS, PROGRESS_IMPORT_REQUIRED, REPORTED_STATUS_ORDER } from "./progress-columns";
import type { RawRow, RawTable } from "./raw-table";
import type { RowProblem } from "./row-problem";

type ReportedCommitment = {
  id: string;
  title: string;
  /** pledge, recommendation or practice. */
  kind: string;
  /** Only an approved commitment is on the record and can be reported on. */
  approved: boolean;
};

/** What a report says, as compared with one entered earlier. */
type ReportContent = { status: string; percent: number | null; narrative: string; evidence: string[] };

export type ProgressReferences = {
  /** The commitments the file names, by slug. */
  commitments: ReadonlyMap<string, ReportedCommitment>;
  /** Reports the secretariat entered earlier on those commitments, by `reportKey`. */
  entered: ReadonlyMap<string, ReportContent>;
  /** Today, YYYY-MM-DD (UTC): a report cannot have been sent later. */
  today: string;
};

export type ProgressWrite = { line: number; slug: string; reportedOn: string } & ReportContent;

export const reportKey = (commitmentSlug: string, reportedOn: string) => `${commitmentSlug} ${reportedOn}`;

function checkProgressColumns(header: readonly string[]): void {
  const missing = PROGRESS_IMPORT_REQUIRED.filter((name) => !header.includes(name));
  if (missing.length > 0) throw new FileProblem("missingColumns", missing.join(", "));
  const known = new Set<string>(PROGRESS_IMPORT_COLUMNS);
  const unknown = header.filter((name) => !known.has(name));
  if (unknown.length > 0) throw new FileProblem("unknownColumns", unknown.join(", "));
}

/** Every commitment slug the file names: the references the planner needs read. */
export function namedReportSlugs(table: RawTable): string[] {
  const named = new Set<string>();
  for (const row of table.rows) {
    const read = slug(row.cells.commitment_slug, "commitment_slug");
    if (read.ok && read.value) named.add(read.value);
  }
  return [...named];
}

export function planProgressReports(
  table: RawTable,
  references: ProgressReferences,
): { plan: PlannedRow[]; writes: ProgressWrite[] } {
  checkProgressColumns(table.header);
  const plan: PlannedRow[] = [];
  const writes: ProgressWrite[] = [];
  const firstLine = new Map<string, number>();
  for (const raw of table.rows) {
    const { ref, report, problems } = parseRow(raw, references.today);
    const commitment = ref ? references.commitments.get(ref) : undefined;
    if (ref && (!commitment || !commitment.approved)) {
      problems.push({ code: "unknownCommitment", column: "commitment_slug", value: ref });
    } else if (ref && commitment && commitment.kind !== "pledge") {
      problems.push({ code: "notPledge", column: "commitment_slug", value: ref });
    }
    const key = ref && report.reportedOn ? reportKey(ref, report.reportedOn) : null;
    if (key) {
      const earlier = firstLine.get(key);
      if (earlier === undefined) firstLine.set(key, raw.line);
      else problems.push({ code: "duplicateReport", column: "reported_on", value: ref!, otherLine: earlier });
    }
    const entered = key ? references.entered.get(key) : undefined;
    const content = complete(report);
    if (entered && content && !sameReport(entered, content)) {
      problems.push({ code: "reportExists", column: "reported_on", value: report.reportedOn! });
    }
    if (problems.length > 0 || !ref || !commitment || !content) {
      plan.push({ line: raw.line, ref, action: "error", problems });
    } else if (entered) {
      plan.push({ line: raw.line, ref, action: "unchanged" });
    } else {
      plan.push({ line: raw.line, ref, action: "create", title: `${report.reportedOn} · ${commitment.title}` });
      writes.push({ line: raw.line, slug: ref, reportedOn: report.reportedOn!, ...content });
    }
  }
  return { plan, writes };
}

type Report = Partial<ReportContent> & { reportedOn?: string };

function parseRow(row: RawRow, today: string): { ref: string | null; report: Report; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const take = <T>(cell: Cell<T>): T | undefined => {
    if (cell.ok) return cell.value;
    problems.push(cell.problem);
    return undefined;
  };
  const c = row.cells;
  const ref = take(required(slug(c.commitment_slug, "commitment_slug"), "commitment_slug")) ?? null;
  const reportedOn = take(required(day(c.reported_on, "reported_on"), "reported_on"));
  if (reportedOn && reportedOn > today) problems.push({ code: "futureDate", column: "reported_on", value: reportedOn });
  let status = take(required(text(c.implementation_status, "implementation_status"), "implementation_status"));
  status = status?.toLowerCase();
  if (status !== undefined && !REPORTED_STATUS_ORDER.includes(status)) {
    problems.push({ code: "unknownCode", column: "implementation_status", value: status.slice(0, 40) });
    status = undefined;
  }
  const percentComplete = take(percent(c.percent_complete, "percent_complete"));
  // The workspace's rule for a submission: completed is 100 %, not started is 0 % (or no percentage at all).
  const expected = status === "completed" ? 100 : status === "not_started" ? 0 : null;
  if (expected !== null && percentComplete != null && percentComplete !== expected) {
    problems.push({ code: "percentStatus", column: "percent_complete", value: String(percentComplete) });
  }
  const narrative = take(required(text(c.narrative, "narrative", NARRATIVE_MAX_LENGTH), "narrative"));
  const evidence = take(urls(c.evidence_urls, "evidence_urls", MAX_EVIDENCE_LINKS));
  return { ref, report: { reportedOn, status, percent: percentComplete ?? undefined, narrative, evidence }, problems };
}

function complete(report: Report): ReportContent | null {
  const { status, narrative, evidence } = report;
  if (!report.reportedOn || !status || !narrative || !evidence) return null;
  return { status, percent: report.percent ?? null, narrative, evidence };
}

function sameReport(a: ReportContent, b: ReportContent): boolean {
  return (
    a.status === b.status &&
    a.percent === b.percent &&
    a.narrative === b.narrative &&
    [...a.evidence].sort().join("\n") === [...b.evidence].sort().join("\n")
  );
}
