// The columns of a commitments import: the register export's columns (lib/open-data/commitments-csv-columns.ts), so
// that an export can be edited and imported back. Those a person enters are read; the ones the app computes (status,
// schedule, counts, names shown beside slugs…) may stay in the file and are ignored. Any other column is refused,
// so that a misspelt column name is never silently ignored.
import { SECRETARIAT_COMMITMENTS_CSV_COLUMNS } from "@/lib/open-data/commitments-csv-columns";

export const COMMITMENT_IMPORT_REQUIRED = [
  "commitment_slug",
  "commitment_title",
  "member_slug",
  "meeting_slug",
  "description",
  "source_excerpt",
  "commitment_kind",
  "addressed_to",
] as const;

const COMMITMENT_IMPORT_OPTIONAL = [
  "member_slugs",
  "theme_slugs",
  "pillars",
  "target_date",
  "indicator_name",
  "indicator_baseline",
  "indicator_target",
  "indicator_unit",
  "addressee_detail",
  "editorial_note",
  "adopted_from_slug",
] as const;

export const COMMITMENT_IMPORT_COLUMNS = [...COMMITMENT_IMPORT_REQUIRED, ...COMMITMENT_IMPORT_OPTIONAL] as const;
export type CommitmentImportColumn = (typeof COMMITMENT_IMPORT_COLUMNS)[number];

/** Columns the export writes and the import leaves alone. */
export const COMMITMENT_IMPORT_IGNORED: readonly string[] = SECRETARIAT_COMMITMENTS_CSV_COLUMNS.filter(
  (name) => !(COMMITMENT_IMPORT_COLUMNS as readonly string[]).includes(name),
);

/** The template: the export's columns in the export's order, so that both files line up. */
export const COMMITMENT_TEMPLATE_COLUMNS: readonly string[] = SECRETARIAT_COMMITMENTS_CSV_COLUMNS;
