import { getTranslations } from "next-intl/server";
import { MEETING_KINDS } from "@/lib/domain/enum-values";
import type { getMeetingFormData } from "@/lib/data/secretariat/get-meeting-form-data";
import type { FieldSpec } from "./register-form";

type FormData = Awaited<ReturnType<typeof getMeetingFormData>>;

const day = (date: Date | undefined) => date?.toISOString().slice(0, 10) ?? "";

/** The meeting form's fields, with the members and meetings to choose from, filled when editing. */
export async function meetingFields({ meeting, members, meetings }: FormData): Promise<FieldSpec[]> {
  const t = await getTranslations("register");
  const memberOptions = members.map((member) => ({ value: member.id, label: member.name }));
  const organisers = meeting?.organisers ?? [];
  return [
    { name: "title", label: t("fields.title"), type: "text", required: true, initial: meeting?.title },
    {
      name: "slug",
      label: t("fields.slug"),
      type: "text",
      hint: t("hints.meetingSlug"),
      initial: meeting?.slug,
      ltr: true,
    },
    {
      name: "kind",
      label: t("fields.meetingKind"),
      type: "select",
      required: true,
      initial: meeting?.kind,
      options: MEETING_KINDS.map((kind) => ({ value: kind, label: t(`meetings.kinds.${kind}`) })),
    },
    { name: "city", label: t("fields.city"), type: "text", required: true, initial: meeting?.city },
    { name: "country", label: t("fields.country"), type: "text", required: true, initial: meeting?.country },
    {
      name: "startDate",
      label: t("fields.startDate"),
      type: "date",
      required: true,
      hint: t("hints.dates"),
      initial: day(meeting?.startDate),
      short: true,
    },
    {
      name: "endDate",
      label: t("fields.endDate"),
      type: "date",
      required: true,
      hint: t("hints.dates"),
      initial: day(meeting?.endDate),
      short: true,
    },
    { name: "theme", label: t("fields.theme"), type: "text", initial: meeting?.theme ?? "" },
    { name: "sourceTitle", label: t("fields.sourceTitle"), type: "text", initial: meeting?.sourceTitle ?? "" },
    {
      name: "parentMeetingId",
      label: t("fields.parentMeetingId"),
      type: "select",
      hint: t("hints.parentMeetingId"),
      initial: meeting?.parentMeetingId ?? "",
      options: meetings.map((m) => ({ value: m.id, label: m.title })),
    },
    {
      name: "chairId",
      label: t("fields.chairId"),
      type: "select",
      initial: organisers.find((o) => o.role === "CHAIR")?.memberId ?? "",
      options: memberOptions,
    },
    {
      name: "coOrganiserIds",
      label: t("fields.coOrganiserIds"),
      type: "multiselect",
      hint: t("hints.coOrganiserIds"),
      initial: organisers
        .filter((o) => o.role === "CO_ORGANISER")
        .map((o) => o.memberId)
        .join(","),
      options: memberOptions,
    },
  ];
}
