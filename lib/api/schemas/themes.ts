import { z } from "@/lib/api/zod";
import { IncludesDemonstrationData, Slug, StatusCounts, Url, listOf } from "./common";
import { DemoParam, PaginationQuery } from "./params";

export const Theme = z
  .object({
    slug: Slug.openapi({ example: "institutional-mechanisms" }),
    name: z.string().openapi({ example: "Institutional mechanisms" }),
    description: z.string().nullable(),
    sort_order: z.number().int().openapi({ description: "Position in the taxonomy (lowest first)." }),
    commitment_count: z.number().int().min(0).openapi({ description: "Approved commitments with the theme." }),
    status_counts: StatusCounts,
    includes_demonstration_data: IncludesDemonstrationData,
    url: Url.openapi({ description: "Public page of the theme." }),
    commitments_api_url: Url.openapi({ description: "The theme's commitments in this API." }),
  })
  .openapi("Theme");

export const ThemeQuery = PaginationQuery.extend({ demo: DemoParam });

export const ThemeList = listOf(Theme, "ThemeList");
