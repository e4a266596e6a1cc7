import { getTranslations } from "next-intl/server";
import type { FieldSpec } from "./register-form";

/** The theme form's fields, filled with `theme` when editing. */
export async function themeFields(theme?: {
  name: string;
  slug: string;
  description: string | null;
}): Promise<FieldSpec[]> {
  const t = await getTranslations("register");
  return [
    { name: "name", label: t("fields.name"), type: "text", required: true, initial: theme?.name },
    {
      name: "slug",
      label: t("fields.slug"),
      type: "text",
      hint: t("hints.themeSlug"),
      initial: theme?.slug,
      ltr: true,
    },
    { name: "description", label: t("fields.description"), type: "textarea", initial: theme?.description ?? "" },
  ];
}
