import { z } from "zod";
import { MeetingKind } from "@/lib/generated/prisma/enums";
import { blankToUndefined } from "./field-errors";
import { slugField, slugOrFrom } from "./slug";

export const MEETING_FIELDS = [
  "title",
  "slug",
  "kind",
  "city",
  "country",
  "startDate",
  "endDate",
  "theme",
  "sourceTitle",
  "parentMeetingId",
  "chairId",
] as const;

const required = (name: string, max: number) =>
  z
    .string({ error: `${name}.required` })
    .trim()
    .min(1, { error: `${name}.required` })
    .max(max, { error: `${name}.tooLong` });
const optional = (name: string, max: number) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(max, { error: `${name}.tooLong` })
      .optional(),
  );
const day = (name: string) =>
  z
    .string({ error: `${name}.required` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${name}.invalid` })
    .transform((value) => new Date(`${value}T00:00:00Z`))
    .refine((date) => !Number.isNaN(date.getTime()), { error: `${name}.invalid` });

export const meetingSchema = z
  .object({
    title: required("title", 300),
    slug: z.preprocess(blankToUndefined, slugField()),
    kind: z.enum(MeetingKind, { error: "kind.required" }),
    city: required("city", 100),
    country: required("country", 100),
    startDate: day("startDate"),
    endDate: day("endDate"),
    theme: optional("theme", 300),
    sourceTitle: optional("sourceTitle", 300),
    parentMeetingId: z.preprocess(blankToUndefined, z.uuid({ error: "parentMeetingId.invalid" }).optional()),
    chairId: z.preprocess(blankToUndefined, z.uuid({ error: "chairId.invalid" }).optional()),
    coOrganiserIds: z.array(z.uuid({ error: "coOrganiserIds.invalid" })).max(50, { error: "coOrganiserIds.tooMany" }),
  })
  .superRefine((meeting, ctx) => {
    if (meeting.endDate < meeting.startDate) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "endDate.beforeStart" });
    }
    if (meeting.chairId && meeting.coOrganiserIds.includes(meeting.chairId)) {
      ctx.addIssue({ code: "custom", path: ["coOrganiserIds"], message: "coOrganiserIds.includesChair" });
    }
  })
  .transform((meeting, ctx) => {
    const slug = slugOrFrom(meeting.slug, meeting.title);
    if (!slug) {
      ctx.addIssue({ code: "custom", path: ["slug"], message: "slug.invalid" });
      return z.NEVER;
    }
    return { ...meeting, slug, coOrganiserIds: [...new Set(meeting.coOrganiserIds)] };
  });
