// The columns of a progress reports import: one report a member sent by email per row, entered by the secretariat on
// the member's behalf as a published update marked "entered by the secretariat".
import { REPORTED_STATUS_CODES } from "@/lib/open-data/vocabulary";

export const PROGRESS_IMPORT_REQUIRED = [
  "commitment_slug",
  "implementation_status",
  "narrative",
  "reported_on",
] as const;
export const PROGRESS_IMPORT_COLUMNS = [
  "commitment_slug",
  "reported_on",
  "implementation_status",
  "percent_complete",
  "narrative",
  "evidence_urls",
] as const;

export const REPORTED_STATUS_ORDER: readonly string[] = REPORTED_STATUS_CODES;
