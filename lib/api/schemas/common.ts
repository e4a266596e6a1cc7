// Building blocks shared by every API schema: coded values, dates, links, the list envelope and the problem body.
import { z } from "@/lib/api/zod";
import {
  FRESHNESS_CODES,
  MEMBER_KIND_CODES,
  PILLAR_CODES,
  REGIONAL_GROUP_CODES,
  REPORTED_STATUS_CODES,
  SCHEDULE_CODES,
  SLUG_PATTERN,
  STATUS_CODES,
  VERIFICATION_CODES,
  ADDRESSEE_CODES,
  COMMITMENT_KIND_CODES,
  REDACTED_PART_CODES,
} from "@/lib/open-data/vocabulary";

export const Slug = z.string().regex(new RegExp(SLUG_PATTERN)).openapi({ example: "colombia-gender-sub-committee" });
export const IsoDate = z.iso.date().openapi({ description: "A calendar date, YYYY-MM-DD.", example: "2018-04-09" });
export const IsoDateTime = z.iso
  .datetime()
  .openapi({ description: "A moment in UTC, ISO 8601.", example: "2026-03-01T09:30:00.000Z" });
export const Url = z
  .url()
  .openapi({ example: "https://tracker.example.org/commitments/colombia-gender-sub-committee" });
export const Count = z.number().int().min(0);

export const StatusCode = z.enum(STATUS_CODES).openapi("ImplementationStatus", {
  description:
    "Latest published implementation status. not_reported: nothing has been published yet (silence is shown, never " +
    "folded into not_started).",
});
export const ReportedStatusCode = z.enum(REPORTED_STATUS_CODES).openapi("ReportedStatus", {
  description: "Implementation status reported in a progress update.",
});
export const PillarCode = z.enum(PILLAR_CODES).openapi("Pillar", { description: "UNSCR 1325 pillar." });
export const MemberKindCode = z.enum(MEMBER_KIND_CODES).openapi("MemberKind");
export const CommitmentKindCode = z.enum(COMMITMENT_KIND_CODES).openapi("CommitmentKind", {
  description:
    "Kind of statement: pledge (the member commits to act), recommendation (a call on others to act) or practice " +
    "(something already done, shared as an example). Status, schedule and freshness apply to pledges only.",
});
export const AddresseeCode = z.enum(ADDRESSEE_CODES).openapi("Addressee", {
  description: "Whom a recommendation is addressed to.",
});
export const RegionalGroupCode = z.enum(REGIONAL_GROUP_CODES).openapi("RegionalGroup", {
  description: "UN regional group (member states only).",
});
export const VerificationCode = z.enum(VERIFICATION_CODES).openapi("Verification", {
  description: "How far a published update was checked: self_reported, reviewed by the secretariat, evidence_verified.",
});
export const ScheduleCode = z.enum(SCHEDULE_CODES).openapi("Schedule", {
  description:
    "Computed from the target date, the milestones and the latest status, as of the day of the request: on_track, " +
    "at_risk, off_track, overdue, no_target (no target date set), done (completed or discontinued).",
});
export const FreshnessCode = z.enum(FRESHNESS_CODES).openapi("ReportingFreshness", {
  description:
    "Computed from the current reporting cycle: reported (this cycle), due, not_reported (due date passed), " +
    "inactive (nothing in two cycles). Null before the first reporting cycle.",
});

/** A count of commitments in every status category; every category is always present. */
type StatusCode = (typeof STATUS_CODES)[number];

/** Beside every aggregate of the API: whether its counts were computed from demonstration data. */
export const IncludesDemonstrationData = z.boolean().openapi({
  description:
    "true when these counts include demonstration data (a commitment counted, its member or the update its status " +
    "comes from), made up to show how the tracker works, not real reporting.",
});

export const StatusCounts = z
  .object(Object.fromEntries(STATUS_CODES.map((status) => [status, Count])) as Record<StatusCode, typeof Count>)
  .openapi("StatusCounts", { description: "Number of approved commitments in each implementation status." });

export const PaginationMeta = z
  .object({
    total: Count.openapi({ description: "Number of records matching the query, on all pages." }),
    page: z.number().int().min(1),
    per_page: z.number().int().min(1).max(100),
    page_count: z.number().int().min(1),
  })
  .openapi("PaginationMeta");

export const PaginationLinks = z
  .object({
    self: Url,
    first: Url,
    last: Url,
    next: Url.nullable().openapi({ description: "Null on the last page." }),
    prev: Url.nullable().openapi({ description: "Null on the first page." }),
  })
  .openapi("PaginationLinks");

const SelfLink = z.object({ self: Url }).openapi("SelfLink");

/** The envelope of every list: one page of records, how many there are, and links to the neighbouring pages. */
export function listOf<T extends z.ZodType>(item: T, name: string) {
  return z.object({ data: z.array(item), meta: PaginationMeta, links: PaginationLinks }).openapi(name);
}

/** The envelope of a single record. */
export function oneOf<T extends z.ZodType>(item: T, name: string) {
  return z.object({ data: item, links: SelfLink }).openapi(name);
}

/** An error, as RFC 9457 "problem details" (media type application/problem+json). */
export const Problem = z
  .object({
    type: z.string().openapi({
      description: "Identifies the kind of problem; resolves to its explanation in the API documentation.",
      example: "/api/docs#problem-invalid-parameters",
    }),
    title: z.string().openapi({ example: "Invalid query parameters" }),
    status: z.number().int().openapi({ example: 400 }),
    detail: z.string().openapi({ example: "One or more query parameters are not valid; see errors." }),
    instance: z
      .string()
      .optional()
      .openapi({ description: "The path of the request.", example: "/api/v1/commitments" }),
    errors: z
      .array(
        z.object({
          parameter: z.string().openapi({ example: "status" }),
          in: z.enum(["query", "path"]),
          detail: z.string().openapi({ example: "status must be one of: not_reported, not_started, in_progress, …" }),
        }),
      )
      .optional()
      .openapi({ description: "One entry per invalid parameter (400 only)." }),
  })
  .openapi("Problem");

export type ProblemBody = z.infer<typeof Problem>;

export const ApiIndex = z
  .object({ links: z.record(z.string(), Url) })
  .openapi("ApiIndex", { description: "Where the lists, this description and the bulk downloads are." });

/** What the secretariat removed from a published update or assessment (decision 0023): the last two fields of both. */
export const redactionFields = {
  redacted_parts: z.array(z.enum(REDACTED_PART_CODES).openapi("RedactedPart")).openapi({
    description:
      "Parts the secretariat removed after publication to keep people safe: narrative (the narrative is then an " +
      "empty string) and evidence_link (one or more links are missing from evidence). The removed words are kept " +
      "nowhere. Empty when nothing was removed.",
    example: ["narrative"],
  }),
  redacted_at: IsoDateTime.nullable().openapi({
    description: "When the secretariat last removed a part (UTC); null when nothing was removed.",
    example: "2026-03-04T08:15:00.000Z",
  }),
};
