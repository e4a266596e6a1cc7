"use client";
// The translation screen's form: the six languages side by side, the original read-only in its own column, each
// other language editable, with what is missing marked. Posted all at once with each language's version
// (lib/mutations/save-translations.ts); without JavaScript the page comes back with the errors and what was typed.
import { useTranslations } from "next-intl";
import type { ConsoleFormState } from "@/lib/actions/form-states";
import type { FormAction } from "@/lib/actions/safe-action";
import { Field } from "@/components/form/field";
import { useErrorMessages } from "@/components/form/messages";
import { INPUT_CLASS } from "@/components/form/styles";
import { SubmitButton } from "@/components/form/submit-button";
import { ConsoleFormOutcome } from "../console-form-outcome";
import { useConsoleForm } from "../use-console-form";

type TranslationColumn = {
  locale: string;
  /** The language named in the reader's language and in itself. */
  name: string;
  dir: "ltr" | "rtl";
  isSource: boolean;
  missing: boolean;
  version: number;
  values: Record<string, string | null>;
};

type Props = {
  action: FormAction<ConsoleFormState>;
  kind: string;
  id: string;
  fields: { name: string; label: string; required: boolean; multiline: boolean; max: number }[];
  columns: TranslationColumn[];
};

export function TranslationForm({ action, kind, id, fields, columns }: Props) {
  const t = useTranslations("secretariat.console.translations");
  const tForm = useTranslations("secretariat.console.form");
  const errorMessage = useErrorMessages("secretariat.console.translations.errors");
  const { state, formAction, pending, errorsOf, valueOf } = useConsoleForm(action);
  const inputId = (locale: string, field: string) => `translation-${locale}-${field}`;
  const editable = columns.filter((column) => !column.isSource);
  return (
    <form key={state.submission} action={formAction} noValidate className="space-y-5">
      <ConsoleFormOutcome
        state={state}
        message={(code) => errorMessage(code)}
        fields={editable.flatMap((column) =>
          fields.map((field) => ({
            name: `${column.locale}.${field.name}`,
            inputId: inputId(column.locale, field.name),
            label: t("fieldIn", { field: field.label, language: column.name }),
          })),
        )}
      />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      {editable.map((column) => (
        <input key={column.locale} type="hidden" name={`version.${column.locale}`} value={column.version} />
      ))}
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3 2xl:grid-cols-6">
        {columns.map((column) =>
          column.isSource ? (
            <section
              key={column.locale}
              aria-labelledby={`translation-${column.locale}`}
              className="space-y-3 rounded-md border border-line bg-paper-raised p-3"
            >
              <h2 id={`translation-${column.locale}`} className="text-lg">
                {column.name}
              </h2>
              <p className="text-sm font-semibold">{t("original")}</p>
              <dl className="space-y-2">
                {fields.map((field) => (
                  <div key={field.name}>
                    <dt className="font-semibold">{field.label}</dt>
                    <dd lang={column.locale} dir={column.dir} className="whitespace-pre-line">
                      {column.values[field.name] ?? "–"}
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ) : (
            <fieldset key={column.locale} className="space-y-3 rounded-md border border-line p-3">
              <legend className="px-1 text-lg font-semibold">{column.name}</legend>
              {column.missing && <p className="text-sm font-semibold text-warning">{t("missing")}</p>}
              {fields.map((field) => {
                const name = `${column.locale}.${field.name}`;
                const value = valueOf(name, column.values[field.name] ?? "");
                const common = {
                  name,
                  lang: column.locale,
                  dir: column.dir,
                  className: INPUT_CLASS,
                  maxLength: field.max,
                };
                return (
                  <Field
                    key={field.name}
                    id={inputId(column.locale, field.name)}
                    label={t("fieldIn", { field: field.label, language: column.name })}
                    marker={field.required ? t("requiredWhenTranslated") : "optional"}
                    errors={errorsOf(name).map((code) => errorMessage(code))}
                  >
                    {(control) =>
                      field.multiline ? (
                        <textarea {...control} {...common} rows={6} defaultValue={value} />
                      ) : (
                        <input {...control} {...common} type="text" defaultValue={value} autoComplete="off" />
                      )
                    }
                  </Field>
                );
              })}
            </fieldset>
          ),
        )}
      </div>
      <p className="max-w-3xl text-sm text-ink-muted">{t("emptyRemoves")}</p>
      <SubmitButton pending={pending} pendingLabel={tForm("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}
