import { getTranslations } from "next-intl/server";
import type { TypeSummary } from "@/lib/api/docs-model";

/** A field's or parameter's type, linking to the schema it refers to. */
export async function TypeLabel({ type }: { type: TypeSummary }) {
  const t = await getTranslations("openData.apiPage");
  const name = type.ref ? (
    <a href={`#schema-${type.ref}`}>
      <code>{type.text}</code>
    </a>
  ) : (
    <code>{type.text}</code>
  );
  return type.nullable ? (
    <>
      {name} {t("nullable")}
    </>
  ) : (
    name
  );
}

/** The constraints of a type in words: allowed values, default, limits. */
export async function TypeNotes({ type }: { type: TypeSummary }) {
  const t = await getTranslations("openData.apiPage");
  const notes = [
    type.values ? t("allowedValues", { values: type.values.join(", ") }) : null,
    type.defaultValue !== undefined ? t("defaultValue", { value: type.defaultValue }) : null,
    type.limits ? t("limits", { limits: type.limits }) : null,
  ].filter((note): note is string => note !== null);
  if (notes.length === 0) return null;
  return <span className="block text-ink-muted">{notes.join(" ")}</span>;
}
