import { z } from "@/lib/api/zod";
import type { FilterKey } from "@/lib/domain/commitment-filters";
import { COMMITMENT_TYPES } from "@/lib/domain/enum-values";
import { MEMBER_KIND_CODES, PILLAR_CODES, REGIONAL_GROUP_CODES, STATUS_CODES } from "@/lib/open-data/vocabulary";
import {
  AddresseeCode,
  CommitmentKindCode,
  FreshnessCode,
  IsoDate,
  IsoDateTime,
  MemberKindCode,
  PillarCode,
  RegionalGroupCode,
  ScheduleCode,
  Slug,
  StatusCode,
  Url,
  VerificationCode,
  listOf,
  oneOf,
} from "./common";
import { CONTENT_LOCALES } from "@/lib/validation/content-translation";
import { DemoParam, codeParam, PaginationQuery, slugParam, wholeNumber } from "./params";
import { Update } from "./updates";

export const Commitment = z
  .object({
    slug: Slug,
    kind: CommitmentKindCode,
    addressed_to: z.array(AddresseeCode).openapi({ description: "Empty unless the commitment is a recommendation." }),
    addressee_detail: z.string().nullable().openapi({ description: "The addressees in words." }),
    editorial_note: z.string().nullable().openapi({
      description: "Where the curated title or description departs from the source wording, and why.",
    }),
    adopted_from: Slug.nullable().openapi({ description: "The recommendation this pledge takes up (its slug)." }),
    members: z.array(z.object({ slug: Slug, name: z.string() }).openapi("CommitmentMemberRef")).openapi({
      description:
        "Every member of the commitment, the lead (member) first, then co-members of a joint commitment. A joint " +
        "commitment is listed once.",
    }),
    title: z.string().openapi({ example: "A Gender Sub-Committee" }),
    description: z.string(),
    language: z.enum(CONTENT_LOCALES).openapi({
      description: "The language title and description are written in (ISO 639-1: en, ar, es, fr, ru or zh).",
      example: "en",
    }),
    translations: z
      .partialRecord(z.enum(CONTENT_LOCALES), z.object({ title: z.string(), description: z.string() }))
      .openapi({
        description:
          "The title and description in other official languages, by language code, where the secretariat has " +
          "translated them; languages without a translation are absent. The source excerpt is never translated.",
        example: { fr: { title: "Un sous-comité sur le genre", description: "…" } },
      }),
    member: z
      .object({
        slug: Slug.openapi({ example: "colombia" }),
        name: z.string().openapi({ example: "Colombia" }),
        kind: MemberKindCode,
        iso3: z
          .string()
          .length(3)
          .nullable()
          .openapi({ description: "ISO 3166-1 alpha-3 (member states only).", example: "COL" }),
        regional_group: RegionalGroupCode.nullable(),
      })
      .openapi("MemberRef"),
    meeting: z
      .object({ slug: Slug.openapi({ example: "berlin-2018" }), title: z.string(), start_date: IsoDate })
      .openapi("MeetingRef", { description: "The meeting where the commitment was made." }),
    themes: z
      .array(
        z.object({ slug: Slug.openapi({ example: "institutional-mechanisms" }), name: z.string() }).openapi("ThemeRef"),
      )
      .openapi({ description: "In the taxonomy's order." }),
    pillars: z.array(PillarCode),
    target_date: IsoDate.nullable(),
    indicator: z
      .object({
        name: z.string().nullable(),
        baseline: z.number().nullable(),
        target: z.number().nullable(),
        unit: z.string().nullable(),
      })
      .nullable()
      .openapi("Indicator", { description: "Null when the commitment has no indicator." }),
    source_excerpt: z.string().nullable().openapi({
      description: "The verbatim words of the source document, spelling unchanged.",
    }),
    implementation_status: StatusCode,
    percent_complete: z.number().int().min(0).max(100).nullable(),
    last_published_at: IsoDateTime.nullable(),
    latest_verification: VerificationCode.nullable(),
    schedule: ScheduleCode,
    reporting_freshness: FreshnessCode.nullable(),
    discontinued_reason: z.string().nullable(),
    published_update_count: z.number().int().min(0),
    demonstration_data: z.boolean().openapi({
      description:
        "true when the commitment, its member or its latest update is demonstration data, not real reporting.",
    }),
    url: Url.openapi({ description: "Public page of the commitment." }),
    api_url: Url,
  })
  .openapi("Commitment", { description: "An approved commitment. Proposed or returned commitments are never shown." });

export const CommitmentDetail = Commitment.extend({
  milestones: z.array(
    z.object({ title: z.string(), due_date: IsoDate.nullable(), reached_on: IsoDate.nullable() }).openapi("Milestone"),
  ),
  updates: z.array(Update).openapi({ description: "Every published update, newest first." }),
}).openapi("CommitmentDetail");

/** The explorer's filters (lib/domain/commitment-filters.ts), checked strictly. Typed by its filter keys, so a
 * filter added to the site and not to the API is a compile error here. */
const filters = {
  q: z
    .string()
    .trim()
    .min(1, { error: "q must be 1 to 200 characters." })
    .max(200, { error: "q must be 1 to 200 characters." })
    // PostgreSQL text cannot hold NUL; refuse it here rather than fail in the database.
    .regex(/^[^\u0000]*$/, { error: "q must not contain NUL characters." })
    .optional()
    .openapi({
      description: "Words to look for in the title, description and source excerpt (full-text search).",
      example: "peacekeepers",
    }),
  type: codeParam("type", COMMITMENT_TYPES, "Only commitments of this kind of statement."),
  theme: slugParam("theme", "Only commitments with this theme (its slug).", "institutional-mechanisms"),
  member: slugParam("member", "Only commitments of this member, as lead or co-member (its slug).", "colombia"),
  status: codeParam("status", STATUS_CODES, "Only commitments whose latest published status is this one."),
  pillar: codeParam("pillar", PILLAR_CODES, "Only commitments under this UNSCR 1325 pillar."),
  kind: codeParam("kind", MEMBER_KIND_CODES, "Only commitments of members of this kind."),
  region: codeParam("region", REGIONAL_GROUP_CODES, "Only commitments of members in this UN regional group."),
  meeting: slugParam("meeting", "Only commitments made at this meeting (its slug).", "berlin-2018"),
  year: wholeNumber("year", 1900, 2100)
    .optional()
    .openapi({ description: "Only commitments made at a meeting held in this year.", example: 2018 }),
  demo: DemoParam,
} satisfies Record<FilterKey, z.ZodType>;

export const CommitmentQuery = PaginationQuery.extend(filters);

export const CommitmentList = listOf(Commitment, "CommitmentList");
export const CommitmentResponse = oneOf(CommitmentDetail, "CommitmentResponse");
