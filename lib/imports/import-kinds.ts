// The two imports, each a way to plan a read file against the database and to write the plan: the register's
// commitments, and progress reports members sent by email. The preview and the confirmation run the same plan.
import "server-only";
import type { Actor } from "@/lib/audit";
import type { Db, Tx } from "@/lib/db";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import { loadCommitmentReferences } from "./load-commitment-references";
import { loadProgressReferences } from "./load-progress-references";
import { namedCommitmentSlugs, planCommitments } from "./plan-commitments";
import { namedReportSlugs, planProgressReports } from "./plan-progress-reports";
import type { PlannedRow } from "./planned-row";
import type { RawTable } from "./raw-table";
import { writeCommitments } from "./write-commitments";
import { writeProgressReports } from "./write-progress-reports";

type Planned = {
  plan: PlannedRow[];
  write: (
    tx: Tx,
    actor: Actor & { id: string },
    progress: (done: number) => Promise<void>,
  ) => Promise<{ created: number; changed: number }>;
};

type KindSpec = {
  /** The sheet of an XLSX file to read (the template's first sheet), and the URL segment of the import. */
  sheet: string;
  plan: (client: Db | Tx, table: RawTable, options: { lock: boolean }) => Promise<Planned>;
};

export const IMPORT_KINDS: Record<ImportKind, KindSpec> = {
  COMMITMENTS: {
    sheet: "commitments",
    plan: async (client, table, { lock }) => {
      const references = await loadCommitmentReferences(client, namedCommitmentSlugs(table), { lock });
      const { plan, writes } = planCommitments(table, references);
      return { plan, write: (tx, actor, progress) => writeCommitments(tx, actor, writes, progress) };
    },
  },
  PROGRESS_REPORTS: {
    sheet: "progress_reports",
    plan: async (client, table, { lock }) => {
      const references = await loadProgressReferences(client, namedReportSlugs(table), { lock });
      const { plan, writes } = planProgressReports(table, references);
      return { plan, write: (tx, actor, progress) => writeProgressReports(tx, actor, writes, progress) };
    },
  },
};

export const IMPORT_SEGMENTS = { commitments: "COMMITMENTS", "progress-reports": "PROGRESS_REPORTS" } as const;
export type ImportSegment = keyof typeof IMPORT_SEGMENTS;
/** The imports the console offers. */
export const OFFERED_SEGMENTS: readonly ImportSegment[] = ["commitments", "progress-reports"];
export const segmentOf = (kind: ImportKind): ImportSegment =>
  kind === "COMMITMENTS" ? "commitments" : "progress-reports";
