import { z } from "@/lib/api/zod";
import { MEETING_KIND_CODES, ORGANISER_ROLE_CODES } from "@/lib/open-data/vocabulary";
import { IsoDate, Slug, Url, listOf } from "./common";

export const Meeting = z
  .object({
    slug: Slug.openapi({ example: "berlin-2018" }),
    title: z.string().openapi({ example: "Capital-level meeting, Berlin, 9–10 April 2018" }),
    kind: z.enum(MEETING_KIND_CODES),
    city: z.string(),
    country: z.string(),
    start_date: IsoDate,
    end_date: IsoDate,
    theme: z.string().nullable().openapi({ description: "Theme of the meeting, if it had one." }),
    source_title: z.string().nullable().openapi({ description: "Document the meeting's commitments come from." }),
    parent_meeting_slug: Slug.nullable().openapi({ description: "For a debrief: the meeting it reports on." }),
    organisers: z.array(z.object({ member_slug: Slug, member_name: z.string(), role: z.enum(ORGANISER_ROLE_CODES) })),
    commitment_count: z.number().int().min(0),
    demonstration_data: z.boolean(),
    commitments_api_url: Url.openapi({ description: "The commitments made at the meeting, in this API." }),
  })
  .openapi("Meeting");

export const MeetingList = listOf(Meeting, "MeetingList");
