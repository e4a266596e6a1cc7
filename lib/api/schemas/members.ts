import { z } from "@/lib/api/zod";
import { MEMBER_KIND_CODES, REGIONAL_GROUP_CODES } from "@/lib/open-data/vocabulary";
import {
  IncludesDemonstrationData,
  MemberKindCode,
  RegionalGroupCode,
  Slug,
  StatusCounts,
  Url,
  listOf,
  oneOf,
} from "./common";
import { codeParam, DemoParam, PaginationQuery } from "./params";

export const Member = z
  .object({
    slug: Slug.openapi({ example: "colombia" }),
    name: z.string().openapi({ example: "Colombia" }),
    short_name: z.string().nullable(),
    kind: MemberKindCode,
    iso3: z
      .string()
      .length(3)
      .nullable()
      .openapi({ description: "ISO 3166-1 alpha-3 (member states only).", example: "COL" }),
    regional_group: RegionalGroupCode.nullable(),
    commitment_count: z.number().int().min(0).openapi({ description: "Approved commitments made by the member." }),
    status_counts: StatusCounts,
    includes_demonstration_data: IncludesDemonstrationData,
    demonstration_data: z.boolean().openapi({ description: "true for a fictional member made up for demonstration." }),
    url: Url.openapi({ description: "Public page of the member." }),
    api_url: Url,
    commitments_api_url: Url.openapi({ description: "The member's commitments in this API." }),
  })
  .openapi("Member");

export const MemberQuery = PaginationQuery.extend({
  kind: codeParam("kind", MEMBER_KIND_CODES, "Only members of this kind."),
  region: codeParam("region", REGIONAL_GROUP_CODES, "Only members in this UN regional group."),
  demo: DemoParam,
});

export const MemberList = listOf(Member, "MemberList");
export const MemberResponse = oneOf(Member, "MemberResponse");
