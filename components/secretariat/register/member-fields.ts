import { getTranslations } from "next-intl/server";
import { MEMBER_KINDS, REGIONAL_GROUPS } from "@/lib/domain/enum-values";
import type { FieldSpec } from "./register-form";

type Member = {
  name: string;
  shortName: string | null;
  slug: string;
  kind: string;
  isoCode: string | null;
  regionalGroup: string | null;
};

/** The member form's fields, filled with `member` when editing. */
export async function memberFields(member?: Member): Promise<FieldSpec[]> {
  const [t, tStatus] = await Promise.all([getTranslations("register"), getTranslations("statuses")]);
  return [
    {
      name: "name",
      label: t("fields.name"),
      type: "text",
      required: true,
      initial: member?.name,
      autoComplete: "organization",
    },
    {
      name: "shortName",
      label: t("fields.shortName"),
      type: "text",
      hint: t("hints.shortName"),
      initial: member?.shortName ?? "",
    },
    { name: "slug", label: t("fields.slug"), type: "text", hint: t("hints.slug"), initial: member?.slug, ltr: true },
    {
      name: "kind",
      label: t("fields.kind"),
      type: "select",
      required: true,
      initial: member?.kind,
      options: MEMBER_KINDS.map((kind) => ({ value: kind, label: tStatus(`memberKind.${kind}`) })),
    },
    {
      name: "isoCode",
      label: t("fields.isoCode"),
      type: "text",
      hint: t("hints.isoCode"),
      initial: member?.isoCode ?? "",
      short: true,
      ltr: true,
    },
    {
      name: "regionalGroup",
      label: t("fields.regionalGroup"),
      type: "select",
      hint: t("hints.regionalGroup"),
      initial: member?.regionalGroup ?? "",
      options: REGIONAL_GROUPS.map((group) => ({
        value: group,
        label: tStatus(`regionalGroup.${group}`),
      })),
    },
  ];
}
