// The tables of the secretariat's export (/secretariat/exports): one definition per column — name, type, value — from
// which the CSV, the XLSX sheets and the JSON are all written, with the open data's cell rules (lib/open-data/cells.ts).
//  - commitments: the documented columns of lib/open-data/commitments-csv-columns.ts. The shared ones are the open
//    data's own definitions (lib/open-data/columns.ts), so the two exports cannot say different things; only `url`
//    differs (empty for a commitment that is not public).
//  - updates: every progress update of the exported commitments; with scope "all", drafts, submitted and returned
//    ones too, with their review state.
//  - members and themes: the open data's reference tables, as they are.
import { crosswalkStatus } from "@/lib/domain/status-crosswalk";
import { code } from "@/lib/open-data/codes";
import {
  EVIDENCE_LABELS_DESCRIPTION,
  evidenceLabels,
  OPEN_DATA_TABLES,
  type Column,
  type Table,
} from "@/lib/open-data/columns";
import type { CommitmentRecord } from "@/lib/open-data/records";
import type { BarrierKind, ImplementationStatus, ReviewState, Verification } from "@/lib/generated/prisma/enums";
import {
  SECRETARIAT_COMMITMENTS_CSV_COLUMNS,
  type SecretariatExtraColumn,
} from "@/lib/open-data/commitments-csv-columns";

/** "public": what the public sees (approved commitments, published updates). "all": every approval and review state. */
export type ExportScope = "public" | "all";

export type SecretariatCommitmentRecord = CommitmentRecord & {
  approvalComment: string | null;
  pendingUpdateCount: number;
};

export type SecretariatUpdateRecord = {
  id: string;
  status: ImplementationStatus;
  percentComplete: number | null;
  narrative: string;
  reviewState: ReviewState;
  reviewComment: string | null;
  verification: Verification;
  createdAt: Date;
  submittedAt: Date | null;
  publishedAt: Date | null;
  isDemo: boolean;
  cycle: { name: string } | null;
  commitment: { slug: string; isDemo: boolean; member: { slug: string; isDemo: boolean } };
  evidence: { url: string; label: string | null }[];
  barriers: { kind: BarrierKind; detail: string | null }[];
};

type Spec<Row> = Omit<Column<Row>, "name">;
const list = (items: readonly string[], separator: ";" | "\n") => (items.length > 0 ? items.join(separator) : null);

const open = OPEN_DATA_TABLES.commitments.columns;
function openColumn(name: string): Spec<SecretariatCommitmentRecord> {
  const column = open.find((candidate) => candidate.name === name);
  if (!column) throw new Error(`The open data has no commitments column "${name}"`);
  return column;
}

const crosswalk = (row: CommitmentRecord) => crosswalkStatus(row.currentStatus, row.currentPercent);

/** The secretariat's own columns, and `url`, which differs from the open data's. */
const ownColumns: Partial<Record<SecretariatExtraColumn | "url", Spec<SecretariatCommitmentRecord>>> = {
  url: {
    type: "string",
    format: "uri",
    description: "Public page of the commitment; empty when it is not public.",
    value: (row, { urls }) => (row.approval === "APPROVED" ? urls.commitment(row.slug) : null),
  },
  ogp_completion: {
    type: "string",
    description: "implementation_status on OGP's completion scale.",
    value: (row) => crosswalk(row).ogp,
  },
  compact_progress: {
    type: "string",
    description: "implementation_status on the WPS-HA Compact's progress scale.",
    value: (row) => crosswalk(row).compact,
  },
  pending_update_count: {
    type: "integer",
    description: "Progress updates not published: drafts, submitted or returned.",
    value: (row) => row.pendingUpdateCount,
  },
  approval_comment: {
    type: "string",
    description: "The secretariat's comment on a proposed or returned commitment.",
    long: true,
    value: (row) => row.approvalComment,
  },
};

const commitments: Table<SecretariatCommitmentRecord> = {
  name: "commitments",
  title: "Commitments",
  description: "The commitments matching the export's filters, with their latest published status.",
  primaryKey: "commitment_slug",
  foreignKeys: [],
  columns: SECRETARIAT_COMMITMENTS_CSV_COLUMNS.map((name) => ({
    name,
    ...(ownColumns[name as keyof typeof ownColumns] ?? openColumn(name)),
  })),
};

const updateColumns: Record<string, Spec<SecretariatUpdateRecord>> = {
  update_id: { type: "string", format: "uuid", description: "Identifier of the update.", value: (row) => row.id },
  commitment_slug: { type: "string", description: "The commitment reported on.", value: (row) => row.commitment.slug },
  member_slug: { type: "string", description: "The member that reported.", value: (row) => row.commitment.member.slug },
  review_state: {
    type: "string",
    description: "draft | submitted | published | returned.",
    value: (row) => code(row.reviewState),
  },
  created_at: { type: "datetime", description: "When the update was started (UTC).", value: (row) => row.createdAt },
  submitted_at: {
    type: "datetime",
    description: "When it was submitted for review (UTC).",
    value: (row) => row.submittedAt,
  },
  published_at: { type: "datetime", description: "When it was published (UTC).", value: (row) => row.publishedAt },
  implementation_status: { type: "string", description: "Status reported.", value: (row) => code(row.status) },
  percent_complete: { type: "integer", description: "Percent complete reported.", value: (row) => row.percentComplete },
  ogp_completion: {
    type: "string",
    description: "The reported status on OGP's completion scale.",
    value: (row) => crosswalkStatus(row.status, row.percentComplete).ogp,
  },
  compact_progress: {
    type: "string",
    description: "The reported status on the WPS-HA Compact's progress scale.",
    value: (row) => crosswalkStatus(row.status, row.percentComplete).compact,
  },
  verification: { type: "string", description: "Verification.", value: (row) => code(row.verification) },
  reporting_cycle: { type: "string", description: "Reporting cycle.", value: (row) => row.cycle?.name ?? null },
  narrative: { type: "string", description: "What was done.", long: true, value: (row) => row.narrative },
  evidence_urls: {
    type: "string",
    description: "Links to evidence, one per line.",
    long: true,
    value: (row) =>
      list(
        row.evidence.map((link) => link.url),
        "\n",
      ),
  },
  barriers: {
    type: "string",
    description: 'Barriers, as "kind: detail", one per line.',
    long: true,
    value: (row) =>
      list(
        row.barriers.map((b) => (b.detail ? `${code(b.kind)}: ${b.detail}` : code(b.kind))),
        "\n",
      ),
  },
  review_comment: {
    type: "string",
    description: "The secretariat's comment when it returned the update.",
    long: true,
    value: (row) => row.reviewComment,
  },
  demonstration_data: {
    type: "boolean",
    description: "true when the update, its commitment or its member is demonstration data.",
    value: (row) => row.isDemo || row.commitment.isDemo || row.commitment.member.isDemo,
  },
  evidence_labels: {
    type: "string",
    description: EVIDENCE_LABELS_DESCRIPTION,
    long: true,
    value: (row) => evidenceLabels(row.evidence),
  },
};

const updates: Table<SecretariatUpdateRecord> = {
  name: "updates",
  title: "Progress updates",
  description: "The progress updates of the exported commitments.",
  primaryKey: "update_id",
  foreignKeys: [],
  columns: Object.entries(updateColumns).map(([name, spec]) => ({ name, ...spec })),
};

export const SECRETARIAT_TABLES = {
  commitments,
  updates,
  members: OPEN_DATA_TABLES.members,
  themes: OPEN_DATA_TABLES.themes,
  assessments: OPEN_DATA_TABLES.assessments,
};

export type SecretariatTableName = keyof typeof SECRETARIAT_TABLES;
export const SECRETARIAT_TABLE_NAMES = [
  "commitments",
  "updates",
  "members",
  "themes",
  "assessments",
] as const satisfies SecretariatTableName[];
