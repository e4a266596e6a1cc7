import { z } from "@/lib/api/zod";
import { IsoDate, IsoDateTime, ReportedStatusCode, Slug, Url, listOf, redactionFields } from "./common";
import { PaginationQuery, slugParam } from "./params";

const Named = z.object({ slug: Slug, name: z.string() });

export const Assessment = z
  .object({
    id: z.uuid().openapi({ description: "Stable identifier of the assessment." }),
    commitment: z.object({ slug: Slug, title: z.string() }),
    member: Named.openapi({ description: "The member whose commitment was assessed (its lead)." }),
    organisation: Named.openapi({
      description: "The accredited civil-society organisation that published the assessment.",
    }),
    published_at: IsoDateTime,
    period_from: IsoDate.openapi({ description: "First day the assessment covers." }),
    period_to: IsoDate.openapi({ description: "Last day the assessment covers." }),
    assessed_status: ReportedStatusCode.openapi({
      description:
        "The organisation's own rating, on the scale of progress updates. It never changes the member's status.",
    }),
    narrative: z.string().openapi({
      description:
        "The assessment, in the organisation's words; empty when the secretariat redacted it (redacted_parts).",
    }),
    language: z.string().openapi({ description: "The language the narrative is written in (en, ar, es, fr, ru, zh)." }),
    evidence: z.array(z.object({ url: Url, label: z.string().nullable() })),
    responses: z
      .array(
        z.object({
          member: Named,
          published_at: IsoDateTime,
          text: z.string().openapi({ description: "The response; empty when the secretariat redacted it." }),
          language: z.string(),
          redacted_at: IsoDateTime.nullable().openapi({
            description: "When the secretariat redacted the response (its text is then empty); null if it did not.",
          }),
        }),
      )
      .openapi({ description: "The member's published responses, oldest first." }),
    demonstration_data: z.boolean().openapi({ description: "true when the assessment is demonstration data." }),
    url: Url.openapi({ description: "The commitment's public page, where the assessment is shown." }),
    ...redactionFields,
  })
  .openapi("Assessment", {
    description:
      "A published independent assessment of a commitment by an accredited civil-society organisation, shown beside " +
      "the member's own report. Drafts and assessments under review are never shown.",
  });

export const AssessmentQuery = PaginationQuery.extend({
  commitment: slugParam(
    "commitment",
    "Only assessments of this commitment (its slug).",
    "colombia-gender-sub-committee",
  ),
  organisation: slugParam(
    "organisation",
    "Only assessments by this organisation (its slug).",
    "ngo-working-group-on-wps",
  ),
});

export const AssessmentList = listOf(Assessment, "AssessmentList");
