// The coded values of the open data, in one place: the API schemas (lib/api/schemas) and the download columns
// (lib/open-data/columns.ts) both take their allowed values from here, in the order the product displays them.
import { FRESHNESS_STATES } from "@/lib/domain/freshness";
import { REPORTED_STATUSES, STATUS_CATEGORIES } from "@/lib/domain/implementation-status";
import { REDACTED_PARTS } from "@/lib/domain/redaction-summary";
import { SCHEDULE_STATES } from "@/lib/domain/schedule";
import { SLUG_PATTERN as SLUG } from "@/lib/domain/slug";
import {
  ADDRESSEES,
  COMMITMENT_KINDS,
  MEETING_KINDS,
  MEMBER_KINDS,
  PILLARS,
  REGIONAL_GROUPS,
} from "@/lib/domain/enum-values";
import { BarrierKind, OrganiserRole, Verification } from "@/lib/generated/prisma/enums";
import { codes } from "./codes";

const valuesOf = <T extends Record<string, string>>(values: T) =>
  Object.values(values) as [T[keyof T], ...T[keyof T][]];

/** Latest published status of a commitment; not_reported = nothing published yet. */
export const STATUS_CODES = codes(STATUS_CATEGORIES);
/** Status a progress update reports. */
export const REPORTED_STATUS_CODES = codes(REPORTED_STATUSES);
export const PILLAR_CODES = codes(PILLARS);
export const MEMBER_KIND_CODES = codes(MEMBER_KINDS);
export const REGIONAL_GROUP_CODES = codes(REGIONAL_GROUPS);
export const VERIFICATION_CODES = codes(valuesOf(Verification));
export const BARRIER_CODES = codes(valuesOf(BarrierKind));
export const MEETING_KIND_CODES = codes(MEETING_KINDS);
export const ORGANISER_ROLE_CODES = codes(valuesOf(OrganiserRole));
export const SCHEDULE_CODES = codes(SCHEDULE_STATES);
export const FRESHNESS_CODES = codes(FRESHNESS_STATES);
/** Kind of statement: status, schedule and freshness apply to pledges only. */
export const COMMITMENT_KIND_CODES = codes(COMMITMENT_KINDS);
export const ADDRESSEE_CODES = codes(ADDRESSEES);
/** A part of a published text the secretariat removed (decision 0023). */
export const REDACTED_PART_CODES = REDACTED_PARTS;

/** Slugs identify every public record (lib/domain/slug.ts), as the pattern the data dictionary and the API publish. */
export const SLUG_PATTERN = SLUG.source;
