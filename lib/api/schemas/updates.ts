import { z } from "@/lib/api/zod";
import { IsoDateTime, ReportedStatusCode, Slug, Url, VerificationCode, listOf, redactionFields } from "./common";
import { BARRIER_CODES } from "@/lib/open-data/vocabulary";
import { PaginationQuery, slugParam } from "./params";

export const Update = z
  .object({
    id: z
      .uuid()
      .openapi({ description: "Stable identifier of the update.", example: "0b6e7a1c-6d0a-4a53-9a43-6f7a1d2c3b4e" }),
    commitment: z.object({ slug: Slug, title: z.string() }),
    member: z.object({
      slug: Slug.openapi({ example: "colombia" }),
      name: z.string().openapi({ example: "Colombia" }),
    }),
    published_at: IsoDateTime,
    implementation_status: ReportedStatusCode,
    percent_complete: z.number().int().min(0).max(100).nullable(),
    verification: VerificationCode,
    reporting_cycle: z.string().nullable().openapi({ description: "Name of the reporting cycle reported for." }),
    narrative: z.string().openapi({
      description: "What was done, in the member's words; empty when the secretariat redacted it (redacted_parts).",
    }),
    evidence: z.array(z.object({ url: Url, label: z.string().nullable() })),
    barriers: z.array(z.object({ kind: z.enum(BARRIER_CODES), detail: z.string().nullable() })),
    milestones_reached: z.array(z.string()).openapi({ description: "Titles of the milestones reported as reached." }),
    demonstration_data: z.boolean().openapi({
      description: "true when the update, its commitment or its member is demonstration data, not real reporting.",
    }),
    url: Url.openapi({ description: "The update's entry on its commitment's public page." }),
    ...redactionFields,
  })
  .openapi("Update", { description: "A published progress update. Drafts and updates under review are never shown." });

export const UpdateQuery = PaginationQuery.extend({
  commitment: slugParam("commitment", "Only updates on this commitment (its slug).", "colombia-gender-sub-committee"),
  member: slugParam("member", "Only updates on this member's commitments (its slug).", "colombia"),
  since: z
    .union([z.iso.date(), z.iso.datetime({ offset: true })], {
      error: "since must be a date (YYYY-MM-DD) or a date and time (ISO 8601, e.g. 2026-01-31T12:00:00Z).",
    })
    .transform((value) => new Date(value))
    .optional()
    .openapi({
      description: "Only updates published at or after this date (UTC) or moment.",
      example: "2026-01-01",
    }),
});

export const UpdateList = listOf(Update, "UpdateList");
